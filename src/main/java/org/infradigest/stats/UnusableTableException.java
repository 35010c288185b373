package org.infradigest.stats;

/** The file's header cannot be read as any layout; the message is the one reject the file gets. */
final class UnusableTableException extends Exception {

    UnusableTableException(String message) {
        super(message, null, false, false);
    }
}
