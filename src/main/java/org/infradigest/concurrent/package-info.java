/**
 * Plain concurrency helpers the steps share: handing rows to a thread of their own, in order, with bounded memory,
 * work beside the caller that is never interrupted, and waits for such threads that an interrupt does not cut short.
 */
package org.infradigest.concurrent;
