/**
 * Plain concurrency helpers the steps share: handing rows to a thread of their own, in order, with bounded memory.
 */
package org.infradigest.concurrent;
