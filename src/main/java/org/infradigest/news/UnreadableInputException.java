package org.infradigest.news;

/**
 * Bad input that a reader cannot turn into an article; {@link NewsFileParser} turns it into a reject.
 * It carries a reason for the user, not a stack trace: bad input is expected, not a bug.
 */
final class UnreadableInputException extends Exception {

    private final String location;

    UnreadableInputException(String reason) {
        this(null, reason);
    }

    UnreadableInputException(String location, String reason) {
        super(reason, null, false, false);
        this.location = location;
    }

    /** Line or item within the file, or null for the whole file. */
    String location() {
        return location;
    }
}
