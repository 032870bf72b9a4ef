package org.spamouflage.sandbox.scenario;

/**
 * One thing wrong with a scenario file.
 *
 * @param file    the file name as the user gave it
 * @param path    JSON path of the offending field ({@code $.campaign.origin.hijacked}); {@code $} for the whole file
 * @param value   the offending value as written, or empty
 * @param message what is wrong and what is allowed
 */
public record ScenarioProblem(String file, String path, String value, String message) {
    @Override
    public String toString() {
        return file + ": " + path + (value.isEmpty() ? "" : " = " + value) + ": " + message;
    }
}
