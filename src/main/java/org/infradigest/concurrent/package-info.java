/**
 * Plain concurrency helpers the steps share: handing rows to a thread of their own, in order, with bounded memory,
 * and work beside the caller that is never interrupted.
 */
package org.infradigest.concurrent;
