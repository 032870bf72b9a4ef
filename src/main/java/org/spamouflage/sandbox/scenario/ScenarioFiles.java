package org.spamouflage.sandbox.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a scenario file as strict UTF-8 with a size cap; problems instead of exceptions. */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    static Optional<String> read(Path file, Problems problems) {
        if (Files.isDirectory(file)) {
            problems.add("$", "", "is a folder; allowed: a scenario file (JSON)");
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte more than allowed tells "too big" without reading a huge file whole.
            bytes = in.readNBytes(ScenarioValidator.MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            problems.add("$", "", "does not exist; allowed: the path of a scenario file (JSON)");
            return Optional.empty();
        } catch (AccessDeniedException e) {
            problems.add("$", "", "cannot be read (permission denied); allowed: a readable scenario file");
            return Optional.empty();
        } catch (IOException e) {
            problems.add("$", "", "cannot be read (" + e.getClass().getSimpleName() + "); allowed: a readable scenario file");
            return Optional.empty();
        }
        if (bytes.length > ScenarioValidator.MAX_FILE_BYTES) {
            problems.add("$", "", "is larger than " + ScenarioValidator.MAX_FILE_BYTES + " bytes; allowed: at most "
                    + ScenarioValidator.MAX_FILE_BYTES + " bytes (1 MiB), which keeps a mistaken file from exhausting "
                    + "memory (a scenario takes a few kilobytes)");
            return Optional.empty();
        }
        return decode(bytes, problems);
    }

    private static Optional<String> decode(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.add("$", "", "is not UTF-8 text (first bad byte at line " + line + ", byte offset " + offset
                    + "); allowed: a JSON file saved as UTF-8");
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }
}
