package org.spamouflage.sandbox.cli;

/** Invalid user input: the message (possibly several lines, one per problem) is printed; exit code 2. */
public final class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
