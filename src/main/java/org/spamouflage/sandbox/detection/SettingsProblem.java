package org.spamouflage.sandbox.detection;

/**
 * One thing wrong with detector settings, in the same form as a scenario problem.
 *
 * @param source  where the settings came from (a file name, "lesson link", "saved run 12")
 * @param path    JSON path of the field ({@code $.coShareWindowSeconds}, {@code $.signals.volume.weight})
 * @param value   the offending value as written, or empty
 * @param message what is wrong and what is allowed
 */
public record SettingsProblem(String source, String path, String value, String message) {
    @Override
    public String toString() {
        return source + ": " + path + (value.isEmpty() ? "" : " = " + value) + ": " + message;
    }
}
