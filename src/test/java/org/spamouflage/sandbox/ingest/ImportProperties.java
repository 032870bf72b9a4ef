package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.anyLong;
import static org.spamouflage.sandbox.testing.RandomInputs.bytes;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.doubleBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.list;
import static org.spamouflage.sandbox.testing.RandomInputs.oneOf;
import static org.spamouflage.sandbox.testing.RandomInputs.random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Post;

/**
 * Whatever bytes arrive, an import ends in exactly one of two ways: an {@link ImportResult} whose
 * problems are {@link RowError}s, or an {@link ImportException} naming file-level problems. Any
 * other exception fails the property. Results must also be internally consistent (counts, order,
 * caps). Inputs: random bytes, and valid files of every preset (CSV, TSV, JSON Lines, with or
 * without BOM and gzip) that are then truncated, have columns shuffled, cells edited and bytes
 * inserted, deleted or replaced. Small limits make the caps fire often.
 */
class ImportProperties {

    static final ImportLimits SMALL = new ImportLimits(20, 8, 200, 1_500, 40);
    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> COORTWEET = List.of("object_id", "account_id", "content_id", "timestamp_share");
    static final List<String> QUT = List.of("message_id", "user_id", "username", "repost_id", "reply_id", "message",
            "timestamp", "urls");
    static final List<String> IO = List.of("tweetid", "userid", "user_display_name", "user_screen_name",
            "follower_count", "following_count", "account_creation_date", "tweet_language", "tweet_text", "tweet_time",
            "in_reply_to_tweetid", "retweet_tweetid", "urls", "hashtags", "user_mentions", "poll_choices");
    static final List<String> GENERIC = List.of("account", "time", "text", "label", "followers");

    /** 400 drawn cases: up to 3,000 random bytes, a preset, gzipped or not; plus fixed byte strings. */
    static Stream<Arguments> junkBytes() {
        List<Arguments> fixed = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            fixed.add(edge("no bytes, " + preset, new byte[0], preset, false));
            fixed.add(edge("gzip of no bytes, " + preset, new byte[0], preset, true));
            fixed.add(edge("a BOM alone, " + preset, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, preset, false));
            fixed.add(edge("a cut UTF-8 sequence, " + preset, new byte[] {'a', '\n', (byte) 0xe4, (byte) 0xb8}, preset, false));
            fixed.add(edge("gzip magic alone, " + preset, new byte[] {0x1f, (byte) 0x8b}, preset, false));
        }
        return cases(400, r -> Arguments.of(bytes(r, 0, 3000), oneOf(r, Preset.class), r.nextBoolean()),
                fixed.toArray(Arguments[]::new));
    }

    @ParameterizedTest
    @MethodSource("junkBytes")
    void randomBytesGiveOnlyRowOrFileErrors(byte[] data, Preset preset, boolean gzip) {
        check(gzip ? gzip(data) : data, settings(preset, false));
    }

    static final int MUTATED_TRIES = 1000;

    /** A valid file of a drawn preset and format, from a drawn seed, with 0 to 4 drawn mutations. */
    static Case mutatedFile(SplittableRandom r) {
        return build(oneOf(r, Preset.class), intBetween(r, 0, 2), anyLong(r),
                list(r, 0, 4, m -> new Mutation(intBetween(m, 0, 7), doubleBetween(m, 0, 1), bytes(m, 1, 6))),
                intBetween(r, 0, 15));
    }

    /**
     * 1,000 drawn cases, then fixed ones: every preset in every format, untouched (flags 0), and with
     * labels, shuffled columns, BOM and gzip (flags 15) cut in half.
     */
    static Stream<Arguments> mutatedFiles() {
        List<Arguments> fixed = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            for (int format = 0; format <= 2; format++) {
                fixed.add(edge(preset + " format " + format + ", untouched", build(preset, format, 0, List.of(), 0)));
                fixed.add(edge(preset + " format " + format + ", everything then cut", build(preset, format, -1,
                        List.of(new Mutation(0, 0.5, new byte[] {0})), 15)));
            }
        }
        return cases(MUTATED_TRIES, r -> Arguments.of(mutatedFile(r)), fixed.toArray(Arguments[]::new));
    }

    @ParameterizedTest
    @MethodSource("mutatedFiles")
    void mutatedValidFilesGiveOnlyRowOrFileErrors(Case c) {
        check(c.bytes(), settings(c.preset(), c.labels()));
    }

    /** The generator must reach every kind of ending, or the property above proves little. */
    @Test
    void mutatedFilesReachEveryKindOfEnding() {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (long seed = 0; seed < MUTATED_TRIES; seed++) {
            Case c = mutatedFile(random(seed));
            outcomes.merge(check(c.bytes(), settings(c.preset(), c.labels())), 1, Integer::sum);
        }
        double percent = 100.0 / MUTATED_TRIES;
        assertThat(outcomes.getOrDefault("file error", 0) * percent).as("%s", outcomes).isGreaterThan(5);
        assertThat(outcomes.getOrDefault("rows with errors", 0) * percent).as("%s", outcomes).isGreaterThan(15);
        assertThat(outcomes.getOrDefault("all rows accepted", 0) * percent).as("%s", outcomes).isGreaterThan(5);
        assertThat(outcomes.getOrDefault("stopped early", 0)).as("%s", outcomes).isPositive();
    }

    record Case(Preset preset, boolean labels, byte[] bytes, String how) {
        @Override
        public String toString() {
            return preset.key() + " " + how + ": " + new String(bytes, 0, Math.min(bytes.length, 400),
                    StandardCharsets.ISO_8859_1);
        }
    }

    /** A mutation: kind, where (fraction of the file), bytes to insert or write. */
    record Mutation(int kind, double at, byte[] bytes) {
    }

    static ImportSettings settings(Preset preset, boolean labels) {
        ImportSettings s = ImportSettings.of(preset).withLimits(SMALL);
        if (preset == Preset.GENERIC) {
            s = s.withColumn(Field.ACCOUNT, "account").withColumn(Field.TIME, "time").withColumn(Field.TEXT, "text")
                    .withColumn(Field.FOLLOWERS, "followers");
        }
        return labels ? s.withLabelColumn("label") : s;
    }

    /** Imports and checks the invariants; returns how the import ended. */
    static String check(byte[] data, ImportSettings settings) {
        ImportResult r;
        try {
            r = Importer.importStream(new ByteArrayInputStream(data), "f.csv", settings);
        } catch (ImportException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(e.getMessage()).startsWith("f.csv: ");
            return "file error";
        }
        assertThat(r.accepted()).isEqualTo(r.dataset().posts().size());
        assertThat(r.rejected()).isBetween(0, settings.limits().maxRejectedRows());
        assertThat(r.errors().size()).isGreaterThanOrEqualTo(r.rejected());
        assertThat((long) r.accepted() + r.rejected()).isLessThanOrEqualTo(settings.limits().maxRows());
        assertThat(r.truncated()).isEqualTo(!r.stopReason().isEmpty());
        long lastRow = 0;
        for (RowError e : r.errors()) {
            assertThat(e.row()).isGreaterThanOrEqualTo(Math.max(1, lastRow));
            assertThat(e.line()).isGreaterThanOrEqualTo(e.row());
            assertThat(e.reason()).isNotBlank();
            assertThat(e.message()).startsWith("row " + e.row());
            lastRow = e.row();
        }
        List<Post> posts = r.dataset().posts();
        Set<String> ids = new HashSet<>();
        Set<String> accounts = new HashSet<>();
        for (Account a : r.dataset().accounts()) {
            accounts.add(a.id());
        }
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            assertThat(ids.add(p.id())).as("unique post id %s", p.id()).isTrue();
            assertThat(accounts).contains(p.accountId());
            assertThat(p.time()).isBetween(TimeFormat.MIN_SECONDS, TimeFormat.MAX_SECONDS - 1);
            if (i > 0) {
                Post q = posts.get(i - 1);
                assertThat(q.time() < p.time() || (q.time() == p.time() && q.id().compareTo(p.id()) < 0)).isTrue();
            }
        }
        List<Account> as = r.dataset().accounts();
        for (int i = 1; i < as.size(); i++) {
            assertThat(as.get(i - 1).id().compareTo(as.get(i).id())).isNegative();
        }
        assertThat(r.truth().isPresent()).isEqualTo(settings.columns().containsKey(Field.LABEL));
        r.truth().ifPresent(t -> assertThat(t.accounts().keySet()).containsExactlyElementsOf(
                as.stream().map(Account::id).toList()));
        return r.truncated() ? "stopped early" : r.errors().isEmpty() ? "all rows accepted" : "rows with errors";
    }

    /** A valid file for the preset (rows drawn from {@code seed}), then mutated. */
    static Case build(Preset preset, int format, long seed, List<Mutation> mutations, int flags) {
        Random rnd = new Random(seed);
        boolean labels = preset == Preset.GENERIC && (flags & 1) != 0;
        List<String> header = new ArrayList<>(switch (preset) {
            case COORTWEET -> COORTWEET;
            case QUT -> QUT;
            case IO_ARCHIVE -> IO;
            case GENERIC -> GENERIC;
        });
        int rows = rnd.nextInt(25);
        double wild = new double[] {0, 0.03, 0.4}[rnd.nextInt(3)];
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (String h : header) {
                row.add(cell(h, rnd, wild));
            }
            table.add(row);
        }
        StringBuilder how = new StringBuilder("format " + format + ", " + rows + " rows, wild " + wild);
        if ((flags & 2) != 0) {
            // shuffle columns: the same permutation for header and rows (a valid file in another order)
            Integer[] perm = new Integer[header.size()];
            for (int i = 0; i < perm.length; i++) {
                perm[i] = i;
            }
            java.util.Collections.shuffle(Arrays.asList(perm), rnd);
            header = permute(header, perm);
            List<List<String>> t2 = new ArrayList<>();
            for (List<String> row : table) {
                t2.add(permute(row, perm));
            }
            table = t2;
            how.append(", columns shuffled");
        }
        byte[] bytes = format == 2 ? jsonLines(header, table) : delimited(header, table, format == 1 ? '\t' : ',');
        if ((flags & 4) != 0) {
            byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
            bytes = concat(bom, bytes);
            how.append(", BOM");
        }
        for (Mutation m : mutations) {
            bytes = apply(m, bytes);
            how.append(", mutation ").append(m.kind()).append('@').append(String.format("%.2f", m.at()));
        }
        if ((flags & 8) != 0) {
            bytes = gzip(bytes);
            how.append(", gzip");
            if (!mutations.isEmpty() && mutations.get(0).kind() == 0) {
                bytes = Arrays.copyOf(bytes, (int) (bytes.length * mutations.get(0).at()));
                how.append(" then cut");
            }
        }
        return new Case(preset, labels, bytes, how.toString());
    }

    /** A plausible value for the column, or with probability {@code wild} any string at all. */
    static String cell(String column, Random rnd, double wild) {
        if (rnd.nextDouble() >= wild) {
            // plausible values
            return switch (column) {
                case "timestamp_share", "timestamp" -> String.valueOf(1_600_000_000L + rnd.nextInt(1_000_000));
                case "tweet_time", "time" -> "2021-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) + " 0"
                        + rnd.nextInt(10) + ":4" + rnd.nextInt(10);
                case "account_creation_date" -> "2016-12-0" + (1 + rnd.nextInt(9));
                case "follower_count", "following_count", "followers" -> rnd.nextBoolean()
                        ? String.valueOf(rnd.nextInt(1000)) : rnd.nextInt(1000) + ".0";
                case "hashtags", "urls", "user_mentions" -> rnd.nextBoolean() ? "['a', 'b']" : "[]";
                case "label" -> List.of("bot", "human", "campaign", "organic", "1", "0").get(rnd.nextInt(6));
                case "repost_id", "reply_id", "in_reply_to_tweetid", "retweet_tweetid" -> rnd.nextBoolean() ? ""
                        : "t" + rnd.nextInt(20);
                default -> "v" + rnd.nextInt(12);
            };
        }
        // anything at all, including the characters that break CSV
        String alphabet = "ab01 ,;\"'\n\r\t[]#@é中-:.TZ+\\{}";
        int len = rnd.nextInt(14);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    static List<String> permute(List<String> list, Integer[] perm) {
        List<String> out = new ArrayList<>();
        for (Integer p : perm) {
            out.add(list.get(p));
        }
        return out;
    }

    static byte[] delimited(List<String> header, List<List<String>> table, char delim) {
        StringBuilder b = new StringBuilder();
        writeRow(b, header, delim);
        for (List<String> row : table) {
            writeRow(b, row, delim);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void writeRow(StringBuilder b, List<String> row, char delim) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                b.append(delim);
            }
            String v = row.get(i);
            if (v.indexOf(delim) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append('\n');
    }

    static byte[] jsonLines(List<String> header, List<List<String>> table) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : table) {
            ObjectNode o = JSON.createObjectNode();
            for (int i = 0; i < header.size(); i++) {
                o.put(header.get(i), row.get(i));
            }
            b.append(o).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] apply(Mutation m, byte[] b) {
        int at = (int) Math.min(b.length, Math.floor(m.at() * b.length));
        byte[] specials = {'"', ',', '\n', '\t', '\r', '{', '[', (byte) 0xc3, (byte) 0xe9, 0};
        return switch (m.kind()) {
            case 0 -> Arrays.copyOf(b, at); // truncate
            case 1 -> concat(concat(Arrays.copyOf(b, at), m.bytes()), Arrays.copyOfRange(b, at, b.length)); // insert
            case 2 -> concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length, at + m.bytes().length),
                    b.length)); // delete
            case 3 -> { // replace one byte
                byte[] c = b.clone();
                if (at < c.length) {
                    c[at] = m.bytes()[0];
                }
                yield c;
            }
            case 4 -> concat(concat(Arrays.copyOf(b, at), new byte[] {specials[(m.bytes()[0] & 0xff) % specials.length]}),
                    Arrays.copyOfRange(b, at, b.length)); // a structural character
            case 5 -> { // repeat the line around `at`
                int s = at;
                while (s > 0 && b[s - 1] != '\n') {
                    s--;
                }
                int e = at;
                while (e < b.length && b[e] != '\n') {
                    e++;
                }
                e = Math.min(b.length, e + 1);
                yield concat(concat(Arrays.copyOf(b, e), Arrays.copyOfRange(b, s, e)), Arrays.copyOfRange(b, e, b.length));
            }
            case 6 -> { // swap the bytes at `at` and the middle
                byte[] c = b.clone();
                if (c.length > 0) {
                    int j = c.length / 2;
                    int i = Math.min(at, c.length - 1);
                    byte t = c[i];
                    c[i] = c[j];
                    c[j] = t;
                }
                yield c;
            }
            default -> b; // kept as is (so some files stay valid)
        };
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
