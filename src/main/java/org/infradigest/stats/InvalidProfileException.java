package org.infradigest.stats;

/** A source profile that cannot be used; the message says what to fix in the YAML. */
public class InvalidProfileException extends RuntimeException {

    public InvalidProfileException(String message) {
        super(message);
    }
}
