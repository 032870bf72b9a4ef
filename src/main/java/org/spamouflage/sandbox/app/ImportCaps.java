package org.spamouflage.sandbox.app;

import java.util.Locale;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportLimits;
import org.spamouflage.sandbox.ingest.ImportSettings;

/**
 * What the web app's Import page takes at most, from three settings (the command line's
 * {@code import} has none of these caps):
 * <ul>
 *   <li>{@code sandbox.import.max-upload-size} (default 50 MB): the largest upload. The same value
 *       sets the servlet's multipart limits and the upload component's own check, so a file too
 *       large is refused in the browser with a message before it is sent, and never silently;</li>
 *   <li>{@code sandbox.import.max-rows} (default 1,000,000): the most data rows;</li>
 *   <li>{@code sandbox.import.max-text-size} (default 512 MB): the most text read after gzip
 *       decompression, so a small gzip file that expands without end (a "gzip bomb") is refused
 *       after at most this much reading.</li>
 * </ul>
 * Past a cap nothing is stored: a file cut at a cap would give results on an arbitrary part of it.
 *
 * @param maxUploadBytes largest upload, in bytes
 * @param maxRows        most data rows
 * @param maxTextBytes   most bytes of text after decompression
 */
public record ImportCaps(long maxUploadBytes, long maxRows, long maxTextBytes) {
    /** 50 MB uploads, 1,000,000 rows, 512 MB of text. */
    public static final ImportCaps DEFAULT = new ImportCaps(50L << 20, 1_000_000, 512L << 20);

    /** The command that imports any size, named in every cap message. */
    public static final String COMMAND_LINE = "java -jar spamouflage-sandbox.jar import --preset PRESET --in FILE --out DIR";

    public ImportCaps {
        if (maxUploadBytes < 1 || maxRows < 1 || maxTextBytes < 1) {
            throw new IllegalArgumentException("import caps must be positive");
        }
        if (maxUploadBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("sandbox.import.max-upload-size must be below 2 GB (an upload is held in "
                    + "memory while it is imported)");
        }
    }

    /** {@code settings} with the row and text caps applied (a stricter limit already there is kept). */
    public ImportSettings apply(ImportSettings settings) {
        ImportLimits l = settings.limits();
        return settings.withLimits(l.withMaxRows(Math.min(l.maxRows(), maxRows))
                .withMaxTextBytes(Math.min(l.maxTextBytes(), maxTextBytes)));
    }

    /** "50 MB": the upload cap as the page states it. */
    public String uploadSize() {
        return size(maxUploadBytes);
    }

    /** "512 MB" */
    public String textSize() {
        return size(maxTextBytes);
    }

    /** One line for the page: the three caps. */
    public String summary() {
        return String.format(Locale.ROOT, "at most %s per file, %,d rows and %s of text once decompressed", uploadSize(),
                maxRows, textSize());
    }

    /**
     * The refusal of an upload above {@link #maxUploadBytes}.
     *
     * @param size its size, or at least that much; negative when unknown (the browser refused it)
     */
    public ImportException tooLarge(String fileName, long size) {
        return new ImportException(fileName, String.format(Locale.ROOT, "the file is larger than %s%s, the most the "
                + "web page imports; nothing was stored. Compress it with gzip (text often shrinks 5-10 times) or use "
                + "the command line, which has no such cap: %s", uploadSize(), size < 0 ? "" : " (" + size(size) + ")",
                COMMAND_LINE));
    }

    /** The refusal of a file with more than {@link #maxRows} rows. */
    public ImportException tooManyRows(String fileName) {
        return new ImportException(fileName, String.format(Locale.ROOT, "the file has more than %,d rows, the most the "
                + "web page imports; nothing was stored (results on the first %,d rows alone could mislead). Split the "
                + "file by date, or use the command line, which reads up to %,d rows: %s", maxRows, maxRows,
                ImportLimits.DEFAULT.maxRows(), COMMAND_LINE));
    }

    private static String size(long bytes) {
        return ImportLimits.size(bytes);
    }
}
