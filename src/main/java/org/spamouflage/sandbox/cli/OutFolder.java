package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --out DIR} rule every writing command shares: a new or empty folder, unless {@code --force}. */
final class OutFolder {
    private OutFolder() {
    }

    static void check(Path out, boolean force) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + ": is a file, not a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
                if (entries.iterator().hasNext()) {
                    throw new InvalidInputException("--out " + out + ": the folder is not empty; choose an empty or"
                            + " new folder, or add --force to replace the dataset files in it (other files are kept)");
                }
            } catch (IOException e) {
                throw new IOException("cannot list --out " + out + ": " + IoMessages.describe(e), e);
            }
        }
    }
}
