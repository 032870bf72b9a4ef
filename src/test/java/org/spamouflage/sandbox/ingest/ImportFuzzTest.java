package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spamouflage.sandbox.dataset.Post;

/**
 * Seeded fuzzing of the importer, 100 cases per preset and property (seed = case number, so a
 * failure names the exact file to rebuild). For every preset, valid files (one record per line)
 * get one stray quote, a cut in their last row, invalid UTF-8 in a cell, or random byte
 * mutations. Whatever happens, the import ends either with an {@link ImportResult} in which
 * rows in the file = accepted + rejected (+ unchecked after a stop) or with the documented
 * {@link ImportException}; nothing else is thrown. Where the damage is known, the counts are
 * exact: a stray quote or a bad byte costs exactly its own row and leaves every other post as it
 * was.
 */
class ImportFuzzTest {

    static final int CASES = 100;
    static final ObjectMapper JSON = new ObjectMapper();

    /** The generic preset's file: the columns the settings below map. */
    static final List<String> GENERIC = List.of("post", "account", "time", "text", "followers");

    /**
     * A file's header: every column the preset names (in field order, which the presets accept), or
     * GENERIC; CooRTweet in its own order, the time last, as its files are.
     */
    static List<String> columnsOf(Preset p) {
        return switch (p) {
            case GENERIC -> GENERIC;
            case COORTWEET -> List.of("object_id", "account_id", "content_id", "timestamp_share");
            default -> List.copyOf(p.columns().values());
        };
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Preset p : Preset.values()) {
            for (int seed = 0; seed < CASES; seed++) {
                all.add(Arguments.of(p, seed));
            }
        }
        return all.stream();
    }

    // ---- the four properties ----

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void aStrayQuoteCostsAtMostItsOwnRow(Preset preset, long seed) {
        Random rnd = new Random(seed);
        Sample s = Sample.of(preset, rnd, 5 + rnd.nextInt(60), false);
        ImportResult base = importOk(s.bytes(), s.settings());
        assertThat(base.rejected()).isZero();
        int at = s.header().length + rnd.nextInt(s.bytes().length - s.header().length);
        while ((s.bytes()[at] & 0xc0) == 0x80) {
            at--; // at a character's first byte, as an editor would put it
        }
        int row = s.rowAt(at);
        byte[] mutated = insert(s.bytes(), at, new byte[] {'"'});
        ImportResult r = importOk(mutated, s.settings());
        String why = preset.key() + " seed " + seed + ", quote at byte " + at + " (data row " + row + ")";
        assertThat(r.rows()).as(why).isEqualTo(s.rows());
        accountedFor(r, why);
        Set<Post> others = new HashSet<>(base.dataset().posts());
        others.removeIf(p -> p.id().equals(s.ids().get(row)));
        assertThat(r.dataset().posts()).as(why).containsAll(others);
        assertThat(r.accepted()).as(why).isBetween(base.accepted() - 1, base.accepted());
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void aFileCutInItsLastRowCountsThatRow(Preset preset, long seed) {
        Random rnd = new Random(seed);
        Sample s = Sample.of(preset, rnd, 2 + rnd.nextInt(60), preset == Preset.GENERIC && rnd.nextBoolean());
        ImportResult base = importOk(s.bytes(), s.settings());
        assertThat(base.rejected()).isZero();
        int lastStart = s.starts().get(s.rows() - 1);
        int lastLength = s.bytes().length - 1 - lastStart;
        int keep = 1 + rnd.nextInt(lastLength); // 1..all bytes of the last line, its line break always cut
        byte[] cut = Arrays.copyOf(s.bytes(), lastStart + keep);
        ImportResult r = importOk(cut, s.settings());
        String why = preset.key() + " seed " + seed + ", last row cut to " + keep + " of " + lastLength + " bytes";
        assertThat(r.rows()).as(why).isEqualTo(s.rows());
        accountedFor(r, why);
        long lastRow = s.rowNumber(s.rows() - 1);
        boolean lastRejected = r.errors().stream().anyMatch(e -> e.row() == lastRow);
        boolean noted = r.notes().stream().anyMatch(n -> n.startsWith("the last row (row " + lastRow + ")"));
        if (!s.jsonLines()) {
            assertThat(lastRejected || noted).as(why + ": the last row is rejected or noted").isTrue();
        }
        if (preset == Preset.COORTWEET && keep < lastLength) {
            // the last column is a ten-digit time: any cut shortens it or drops fields
            assertThat(lastRejected).as(why).isTrue();
        }
        Set<Post> others = new HashSet<>(base.dataset().posts());
        others.removeIf(p -> p.id().equals(s.ids().get(s.rows() - 1)));
        assertThat(r.dataset().posts()).as(why).containsAll(others);
    }

    /** A ~73 KB valid file per preset (and JSON Lines for generic), imported once, shared by the cases below. */
    record Big(Sample sample, ImportResult result, int[] cellStarts) {
    }

    static final Map<String, Big> BIG = new ConcurrentHashMap<>();

    static Big big(Preset preset, boolean json) {
        return BIG.computeIfAbsent(preset.key() + json, k -> {
            // about 73 KB, so bad bytes can land after the first 64 KiB (row errors: the last tenth of the
            // rows) or inside (file error)
            int size = switch (preset) {
                case COORTWEET -> 1900;
                case QUT -> 1150;
                case IO_ARCHIVE -> 660;
                case GENERIC -> json ? 690 : 1400;
            };
            Sample s = Sample.of(preset, new Random(12345), size, json);
            ImportResult r = importOk(s.bytes(), s.settings());
            assertThat(r.rejected()).isZero();
            int[] cells = new int[size];
            for (int i = 0; i < size; i++) {
                cells[i] = s.cellStart(i, readColumn(preset));
            }
            return new Big(s, r, cells);
        });
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void invalidUtf8RejectsExactlyItsRowsOrTheFile(Preset preset, long seed) {
        Random rnd = new Random(seed);
        Big big = big(preset, preset == Preset.GENERIC && rnd.nextBoolean());
        Sample clean = big.sample();
        int size = clean.rows();
        TreeSet<Integer> rows = new TreeSet<>();
        int n = 1 + rnd.nextInt(3);
        boolean anywhere = rnd.nextInt(5) == 0;
        while (rows.size() < n) {
            rows.add(anywhere ? rnd.nextInt(size) : size * 9 / 10 + rnd.nextInt(size / 10));
        }
        byte[] bad = BAD_SEQUENCES[rnd.nextInt(BAD_SEQUENCES.length)];
        byte[] bytes = clean.bytes();
        for (int i : rows.descendingSet()) {
            bytes = insert(bytes, big.cellStarts()[i], bad); // from the end, so earlier offsets stay right
        }
        int first = big.cellStarts()[rows.first()];
        String why = preset.key() + " seed " + seed + ", bad bytes " + Arrays.toString(bad) + " in data rows " + rows;
        ImportResult r;
        try {
            r = Importer.importStream(new ByteArrayInputStream(bytes), "f.csv", clean.settings());
        } catch (ImportException e) {
            // invalid UTF-8 in the first 64 KiB refuses the file, as documented
            assertThat(first).as(why).isLessThan(Input.SAMPLE);
            assertThat(e.problems()).as(why).singleElement().asString().startsWith("not UTF-8 text: ");
            return;
        }
        // a sequence cut by the end of the first 64 KiB is judged row by row
        assertThat(first).as(why + ": bad bytes in the first 64 KiB refuse the file").isGreaterThanOrEqualTo(Input.SAMPLE
                - 3);
        assertThat(r.rows()).as(why).isEqualTo(size);
        accountedFor(r, why);
        assertThat(r.rejected()).as(why).isEqualTo(rows.size());
        Set<Long> badRows = new HashSet<>();
        rows.forEach(i -> badRows.add(clean.rowNumber(i)));
        assertThat(r.errors().stream().map(RowError::row).distinct()).as(why).containsExactlyInAnyOrderElementsOf(badRows);
        Set<Post> others = new HashSet<>(big.result().dataset().posts());
        rows.forEach(i -> others.removeIf(p -> p.id().equals(clean.ids().get(i))));
        assertThat(new HashSet<>(r.dataset().posts())).as(why).isEqualTo(others);
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void randomMutationsGiveOnlyCountedRowsOrAFileError(Preset preset, long seed) {
        Random rnd = new Random(seed);
        Sample s = Sample.of(preset, rnd, rnd.nextInt(40), preset == Preset.GENERIC && rnd.nextBoolean());
        byte[] b = s.bytes();
        StringBuilder how = new StringBuilder();
        int mutations = 1 + rnd.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            int kind = rnd.nextInt(7);
            b = mutate(b, kind, rnd);
            how.append(kind);
        }
        String why = preset.key() + " seed " + seed + ", mutations " + how;
        ImportSettings settings = s.settings().withLimits(new ImportLimits(30, 12, 300, 2_000, 40));
        ImportResult r;
        try {
            r = Importer.importStream(new ByteArrayInputStream(b), "f.csv", settings);
        } catch (ImportException e) {
            assertThat(e.problems()).as(why).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
            return;
        }
        accountedFor(r, why);
        assertThat(r.rows()).as(why + ": a row takes at least one line").isLessThanOrEqualTo(lines(b, s.jsonLines()));
    }

    // ---- checks ----

    static ImportResult importOk(byte[] bytes, ImportSettings settings) {
        try {
            return Importer.importStream(new ByteArrayInputStream(bytes), "f.csv", settings);
        } catch (ImportException e) {
            return fail("file refused: " + e.getMessage());
        }
    }

    /** The counting invariants every result keeps. */
    static void accountedFor(ImportResult r, String why) {
        assertThat(r.rows()).as(why).isEqualTo((long) r.accepted() + r.rejected() + r.unchecked());
        assertThat(r.accepted()).as(why).isEqualTo(r.dataset().posts().size());
        assertThat(r.unchecked() > 0).as(why).isEqualTo(r.truncated() && r.unchecked() > 0);
        assertThat(r.errors().stream().map(RowError::row).distinct().count()).as(why + ": one or more errors per "
                + "rejected row").isEqualTo(r.rejected());
        long last = 0;
        for (RowError e : r.errors()) {
            assertThat(e.row()).as(why).isGreaterThanOrEqualTo(last);
            assertThat(e.reason()).as(why).isNotBlank();
            last = e.row();
        }
    }

    /** Non-blank physical lines (LF, CRLF or a lone CR; JSON Lines: LF only), a CSV header excluded. */
    static long lines(byte[] b, boolean json) {
        long n = 0;
        boolean content = false;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            boolean end = c == '\n' || (!json && c == '\r' && (i + 1 == b.length || b[i + 1] != '\n'));
            if (end) {
                n += content ? 1 : 0;
                content = false;
            } else if (c != '\r') {
                content = true;
            }
        }
        return Math.max(0, n + (content ? 1 : 0) - (json ? 0 : 1));
    }

    // ---- mutations ----

    static final byte[][] BAD_SEQUENCES = {
        {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe9, 'x'}, {(byte) 0xc0, (byte) 0x80},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    static byte[] mutate(byte[] b, int kind, Random rnd) {
        int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
        byte[] specials = {'"', ',', '\n', '\t', '\r', '{', '[', (byte) 0xc3, (byte) 0xe9, 0, ';'};
        return switch (kind) {
            case 0 -> Arrays.copyOf(b, at); // cut
            case 1 -> { // random bytes
                byte[] r = new byte[1 + rnd.nextInt(6)];
                rnd.nextBytes(r);
                yield insert(b, at, r);
            }
            case 2 -> { // delete
                int end = Math.min(b.length, at + 1 + rnd.nextInt(8));
                byte[] c = new byte[b.length - (end - at)];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, end, c, at, b.length - end);
                yield c;
            }
            case 3 -> { // replace one byte
                byte[] c = b.clone();
                if (at < c.length) {
                    c[at] = (byte) rnd.nextInt(256);
                }
                yield c;
            }
            case 4 -> insert(b, at, new byte[] {specials[rnd.nextInt(specials.length)]});
            case 5 -> { // repeat a line
                int s = Math.min(at, b.length);
                while (s > 0 && b[s - 1] != '\n') {
                    s--;
                }
                int e = Math.min(at, b.length);
                while (e < b.length && b[e] != '\n') {
                    e++;
                }
                e = Math.min(b.length, e + 1);
                yield insert(b, e, Arrays.copyOfRange(b, s, e));
            }
            default -> insert(b, at, new byte[] {'"', specials[rnd.nextInt(specials.length)], '"'});
        };
    }

    // ---- files ----

    /**
     * A valid file for a preset, one record per line: ids unique per row, every value plausible
     * (texts may hold commas and quotes, written quoted with doubled quotes).
     */
    record Sample(Preset preset, boolean jsonLines, byte[] bytes, byte[] header, int rows, List<String> ids,
                  List<Integer> starts, ImportSettings settings) {

        static Sample of(Preset preset, Random rnd, int rows, boolean json) {
            List<String> header = columnsOf(preset);
            StringBuilder out = new StringBuilder();
            if (!json) {
                writeLine(out, header);
            }
            int headerBytes = out.length(); // ASCII
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
            List<Integer> starts = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                starts.add(bytes.size());
                List<String> row = new ArrayList<>();
                for (String h : header) {
                    row.add(cell(h, i, rnd));
                }
                out.setLength(0);
                if (json) {
                    ObjectNode o = JSON.createObjectNode();
                    for (int k = 0; k < header.size(); k++) {
                        o.put(header.get(k), row.get(k));
                    }
                    out.append(o).append('\n');
                } else {
                    writeLine(out, row);
                }
                bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
                ids.add(row.get(header.indexOf(idColumn(preset))));
            }
            ImportSettings settings = ImportSettings.of(preset);
            if (preset == Preset.GENERIC) {
                settings = settings.withColumn(Field.ID, "post").withColumn(Field.ACCOUNT, "account")
                        .withColumn(Field.TIME, "time").withColumn(Field.TEXT, "text")
                        .withColumn(Field.FOLLOWERS, "followers");
            }
            byte[] all = bytes.toByteArray();
            return new Sample(preset, json, all, Arrays.copyOf(all, headerBytes), rows, ids, starts, settings);
        }

        /** Where the value of {@code column} starts in data row {@code i} (after an opening quote). */
        int cellStart(int i, String column) {
            int p = starts.get(i);
            if (jsonLines) {
                byte[] key = ("\"" + column + "\":\"").getBytes(StandardCharsets.UTF_8);
                while (!regionMatches(bytes, p, key)) {
                    p++;
                }
                return p + key.length;
            }
            List<String> header = columnsOf(preset);
            int want = header.indexOf(column);
            boolean quoted = false;
            for (int field = 0; field < want; p++) {
                if (bytes[p] == '"') {
                    quoted = !quoted;
                } else if (bytes[p] == ',' && !quoted) {
                    field++;
                }
            }
            return bytes[p] == '"' ? p + 1 : p;
        }

        /** The row number the importer gives data row {@code i} (0-based): after the header in CSV. */
        long rowNumber(int i) {
            return jsonLines ? i + 1 : i + 2;
        }

        /** The data row (0-based) holding byte {@code at} of the data. */
        int rowAt(int at) {
            int row = 0;
            while (row + 1 < starts.size() && starts.get(row + 1) <= at) {
                row++;
            }
            return row;
        }
    }

    /** The column holding the post id. */
    static String idColumn(Preset p) {
        return switch (p) {
            case COORTWEET -> "content_id";
            case QUT -> "message_id";
            case IO_ARCHIVE -> "tweetid";
            case GENERIC -> "post";
        };
    }

    /** A column each preset reads as text, where bad bytes must reject the row. */
    static String readColumn(Preset p) {
        return switch (p) {
            case COORTWEET -> "account_id";
            case QUT -> "message";
            case IO_ARCHIVE -> "tweet_text";
            case GENERIC -> "text";
        };
    }

    static String cell(String column, int i, Random rnd) {
        return switch (column) {
            case "content_id" -> "c" + i;
            case "message_id", "tweetid", "post" -> String.valueOf(1_000_000 + i);
            case "object_id" -> "https://ex.ample/" + rnd.nextInt(30);
            case "account_id", "user_id", "userid", "account" -> "u" + rnd.nextInt(25);
            case "timestamp_share" -> String.valueOf(1_600_000_000L + rnd.nextInt(1_000_000));
            case "timestamp" -> 1_600_000_000L + rnd.nextInt(1_000_000) + (rnd.nextBoolean() ? ".5" : "");
            case "tweet_time", "time" -> "2021-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) + " 0"
                    + rnd.nextInt(10) + ":4" + rnd.nextInt(10);
            case "account_creation_date" -> "2016-12-0" + (1 + rnd.nextInt(9));
            case "follower_count", "following_count", "followers" -> rnd.nextBoolean()
                    ? String.valueOf(rnd.nextInt(1000)) : rnd.nextInt(1000) + ".0";
            case "hashtags", "user_mentions" -> rnd.nextBoolean() ? "['a', 'b']" : "[]";
            case "urls" -> rnd.nextBoolean() ? "" : "https://ex.ample/p" + rnd.nextInt(9);
            case "message", "tweet_text", "text" -> List.of("plain words", "a, b and c", "say \"hi\", then go",
                    "été à Montréal", "#tag @you https://ex.ample/x", "'quoted' and \"double\"").get(rnd.nextInt(6));
            case "repost_id", "reply_id", "in_reply_to_tweetid", "retweet_tweetid" -> rnd.nextInt(3) == 0
                    ? String.valueOf(1_000_000 + rnd.nextInt(Math.max(1, i + 1))) : "";
            case "tweet_language" -> List.of("en", "fr", "zh", "und").get(rnd.nextInt(4));
            default -> "v" + rnd.nextInt(12);
        };
    }

    /** One CSV line: cells with a comma or a quote quoted, quotes doubled. */
    static void writeLine(StringBuilder b, List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = row.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append('\n');
    }

    static boolean regionMatches(byte[] b, int at, byte[] what) {
        if (at + what.length > b.length) {
            throw new IllegalStateException("not found");
        }
        for (int k = 0; k < what.length; k++) {
            if (b[at + k] != what[k]) {
                return false;
            }
        }
        return true;
    }
}
