package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;

/**
 * The hand-written network writers give the bytes of JGraphT's exporters ({@link JgraphtNetworkFiles},
 * the implementation they replaced), on hand-made networks and on random ones whose text is full of
 * what XML escapes, forbids or treats as white space.
 */
class NetworkFilesOracleTest {

    private interface NetworkWriter {
        void write(ExportModel model, OutputStream out) throws IOException;
    }

    private static byte[] bytes(NetworkWriter writer, ExportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(model, out);
        return out.toByteArray();
    }

    /** Both files, byte for byte (compared as text first, for a readable difference). */
    private static void assertSameAsJgrapht(ExportModel model) throws IOException {
        byte[] graphml = bytes(NetworkFiles::writeGraphml, model);
        byte[] expectedGraphml = bytes(JgraphtNetworkFiles::writeGraphml, model);
        assertThat(new String(graphml, StandardCharsets.UTF_8)).isEqualTo(
                new String(expectedGraphml, StandardCharsets.UTF_8));
        assertThat(graphml).isEqualTo(expectedGraphml);
        byte[] gexf = bytes(NetworkFiles::writeGexf, model);
        byte[] expectedGexf = bytes(JgraphtNetworkFiles::writeGexf, model);
        assertThat(new String(gexf, StandardCharsets.UTF_8)).isEqualTo(new String(expectedGexf, StandardCharsets.UTF_8));
        assertThat(gexf).isEqualTo(expectedGexf);
    }

    private static ExportModel model(DataSummary data, List<SignalInfo> signals, List<ExportModel.AccountRow> accounts,
                                     List<ExportModel.EdgeRow> edges) {
        return new ExportModel(data, DetectorSettings.defaults(), signals, accounts, edges, List.of());
    }

    private static SignalInfo signal(String id) {
        return new SignalInfo(id, id, "account", "", "");
    }

    private static ExportModel.AccountRow account(String id, String handle, int cluster, int signals) {
        return new ExportModel.AccountRow(id, handle, 0.5, cluster, new double[signals]);
    }

    @Test
    void handMadeModelsOfTheOtherTestsGiveTheSameBytes() throws IOException {
        assertSameAsJgrapht(TableFilesTest.model(true));
        assertSameAsJgrapht(TableFilesTest.model(false));
        assertSameAsJgrapht(NetworkFilesTest.awkward());
    }

    @Test
    void idsThatAreNoTokensGiveTheSameNumberedNodes() throws IOException {
        assertSameAsJgrapht(model(TableFilesTest.data(false), List.of(), List.of(
                        account("b c", "b", 0, 0), account("a", "a", -1, 0), account("é", "e", 2, 0),
                        account("x&y", "x", -1, 0)),
                List.of(new ExportModel.EdgeRow("a", "x&y", 2, List.of("co-share"), 0.01))));
    }

    @Test
    void networksWithoutNodesGiveTheSameEmptyGraph() throws IOException {
        // accounts, but none with an edge or a cluster; then no account at all; then no signal either
        assertSameAsJgrapht(model(TableFilesTest.data(true), TableFilesTest.SIGNALS,
                List.of(account("a1", "alice", -1, 2), account("b2", "bob", -1, 2)), List.of()));
        assertSameAsJgrapht(model(TableFilesTest.data(false), TableFilesTest.SIGNALS, List.of(), List.of()));
        assertSameAsJgrapht(model(new DataSummary(false, "", "", "", 0, 0, 0, 0, 0, 0, 0), List.of(), List.of(),
                List.of()));
    }

    @Test
    void unusualNumbersAreWrittenAlike() throws IOException {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0, 1, 1e12, -3e15,
            1e300, Double.MIN_VALUE, 1e-7, 0.1 + 0.2, -1.0 / 3};
        List<ExportModel.AccountRow> accounts = new ArrayList<>();
        List<ExportModel.EdgeRow> edges = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            accounts.add(new ExportModel.AccountRow("a" + (char) ('a' + i), "h" + i, v, i % 2 == 0 ? i : -1,
                    new double[] {v, values[values.length - 1 - i]}));
            if (i > 0) {
                // weights: whole, fractional, 1.0 (the GraphML default, left out), NaN, infinite, 1e21 (1.0E21)
                edges.add(new ExportModel.EdgeRow("a" + (char) ('a' + i - 1), "a" + (char) ('a' + i),
                        i % 3 == 0 ? 1.0 : v, List.of("co-comment"), values[values.length - i]));
            }
        }
        edges.add(new ExportModel.EdgeRow("aa", "ac", 1e21, List.of(), 0));
        edges.add(new ExportModel.EdgeRow("ab", "ad", Double.NaN, List.of(), 0));
        assertSameAsJgrapht(model(TableFilesTest.data(true), TableFilesTest.SIGNALS, accounts, edges));
    }

    @Test
    void blankAndWhiteSpaceTextIsWrittenAsTheSerializerWroteIt() throws IOException {
        String[] handles = {"", " ", "  ", "\n", "\n\nx", "x\n", "\t", "\r", "\r\n", " \n\t ", "]]>", "\u2028"};
        List<ExportModel.AccountRow> accounts = new ArrayList<>();
        for (int i = 0; i < handles.length; i++) {
            accounts.add(account("id" + i, handles[i], 0, 0));
        }
        assertSameAsJgrapht(model(new DataSummary(false, " \n", "", "", 0, 0, 0, 0, 0, 0, 0), List.of(), accounts,
                List.of(new ExportModel.EdgeRow("id0", "id1", 1, List.of(""), Double.NaN),
                        new ExportModel.EdgeRow("id2", "id3", 1, List.of(" ", "\n"), 0))));
    }

    @Test
    void everyCharacterOfTheBasicPlaneIsEscapedAlikeInTextAndAttributes() throws IOException {
        // 256 accounts whose handles (text in GraphML, attributes in GEXF) and ids together hold every UTF-16 unit,
        // and signals named by every unit but the surrogates (signal ids do not pass xmlSafe, and the serializer
        // refused a lone high surrogate)
        List<String> blocks = new ArrayList<>();
        for (int block = 0; block < 256; block++) {
            StringBuilder units = new StringBuilder();
            for (int c = block * 256; c < block * 256 + 256; c++) {
                units.append((char) c);
            }
            blocks.add(units.toString());
        }
        List<SignalInfo> signals = blocks.stream().filter(t -> t.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                .map(NetworkFilesOracleTest::signal).toList();
        List<ExportModel.AccountRow> accounts = new ArrayList<>();
        for (int block = 0; block < blocks.size(); block++) {
            accounts.add(new ExportModel.AccountRow(block + blocks.get(block), blocks.get(block), 0.5, 0,
                    new double[signals.size()]));
        }
        assertSameAsJgrapht(model(TableFilesTest.data(true), signals, accounts, List.of()));
    }

    @Test
    void charactersBeyondTheBasicPlaneAreEscapedAlike() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int cp = 0x10000; cp <= 0x10FFFF; cp += 0x1001) {
            b.appendCodePoint(cp);
        }
        b.appendCodePoint(0x10FFFF).appendCodePoint(0x1F600).append("\uD800x\uDC00\uDBFF");
        String text = b.toString();
        assertSameAsJgrapht(model(new DataSummary(true, text, "", "", 0, 0, 0, 0, 0, 0, 0), List.of(),
                List.of(account("a", text, -1, 0), account("b", "x" + text, -1, 0)),
                List.of(new ExportModel.EdgeRow("a", "b", 2, List.of(text), 1e-5))));
    }

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomNetworksWithAwkwardTextGiveTheSameBytes(int seed) throws IOException {
        assertSameAsJgrapht(RandomNetwork.of(new Random(seed), seed % 4 == 0));
    }

    @Test
    void refusesWhatJgraphtRefused() {
        // an account linked to itself, and one pair linked twice in either direction, are not a simple graph
        List<ExportModel.AccountRow> accounts = List.of(account("a", "a", 0, 0), account("b", "b", 0, 0));
        for (List<ExportModel.EdgeRow> edges : List.of(
                List.of(new ExportModel.EdgeRow("a", "a", 1, List.of("x"), 0)),
                List.of(new ExportModel.EdgeRow("a", "b", 1, List.of("x"), 0),
                        new ExportModel.EdgeRow("a", "b", 2, List.of("y"), 0)),
                List.of(new ExportModel.EdgeRow("a", "b", 1, List.of("x"), 0),
                        new ExportModel.EdgeRow("b", "a", 2, List.of("y"), 0)),
                List.of(new ExportModel.EdgeRow("a", "c", 1, List.of("x"), 0)))) {
            ExportModel m = model(TableFilesTest.data(true), List.of(), accounts, edges);
            for (NetworkWriter writer : List.<NetworkWriter>of(NetworkFiles::writeGraphml, NetworkFiles::writeGexf,
                    JgraphtNetworkFiles::writeGraphml, JgraphtNetworkFiles::writeGexf)) {
                assertThatThrownBy(() -> bytes(writer, m)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void refusesSignalIdsThatWouldNameTwoAttributesAlike() {
        // JGraphT silently merged such attributes (or refused some names); the engine's ids never collide
        for (List<SignalInfo> signals : List.of(List.of(signal("score")), List.of(signal("x"), signal("x")))) {
            ExportModel m = model(TableFilesTest.data(true), signals, List.of(new ExportModel.AccountRow("a", "a",
                    0.5, 0, new double[signals.size()])), List.of());
            assertThatThrownBy(() -> bytes(NetworkFiles::writeGraphml, m))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> bytes(NetworkFiles::writeGexf, m)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Random networks whose every text is drawn from characters XML escapes, forbids or reads as space. */
    static final class RandomNetwork {
        private static final String[] UNITS;

        static {
            List<String> units = new ArrayList<>(List.of("&", "<", ">", "\"", "'", "\t", "\n", "\r", " ", "  ", "]]>",
                    "\u2028", "\u2029", "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
                    "\uD83D\uDE00", "\uD83C\uDF89", "\uDBFF\uDFFF", "é", "Å", "ß", "ñ", "中", "文", "한", "ي", "a", "b",
                    "Z", "0", "9", ".", "-", "_", ":", "plain", "x1"));
            for (char c = 0; c < 0x20; c++) {
                units.add(String.valueOf(c));
            }
            for (char c = 0x7F; c <= 0x9F; c++) {
                units.add(String.valueOf(c));
            }
            UNITS = units.toArray(String[]::new);
        }

        private static final String PLAIN = "abcXYZ019.-_:";

        private final Random random;

        private RandomNetwork(Random random) {
            this.random = random;
        }

        /** A network of up to 40 accounts; with {@code plainIds} every id is a token, so ids name the nodes. */
        static ExportModel of(Random random, boolean plainIds) {
            return new RandomNetwork(random).model(plainIds);
        }

        private ExportModel model(boolean plainIds) {
            List<SignalInfo> signals = new ArrayList<>();
            Set<String> names = new HashSet<>(NetworkFiles.FIXED_ATTRIBUTES);
            for (int k = random.nextInt(4); k > 0; k--) {
                String id = random.nextBoolean() ? "signal-" + k : withoutSurrogates(text(8));
                if (names.add(id)) {
                    signals.add(signal(id));
                }
            }
            Set<String> ids = new LinkedHashSet<>();
            for (int n = random.nextInt(41); n > 0; n--) {
                ids.add(plainIds ? plain() : text(6));
            }
            List<String> idList = new ArrayList<>(ids);
            List<ExportModel.AccountRow> accounts = new ArrayList<>();
            for (String id : idList) {
                double[] scores = new double[signals.size()];
                for (int k = 0; k < scores.length; k++) {
                    scores[k] = number();
                }
                accounts.add(new ExportModel.AccountRow(id, text(random.nextInt(10) == 0 ? 300 : 12), number(),
                        random.nextInt(3) == 0 ? random.nextInt(5) : -1, scores));
            }
            List<ExportModel.EdgeRow> edges = new ArrayList<>();
            Set<Long> pairs = new HashSet<>();
            for (int e = idList.size() < 2 ? 0 : random.nextInt(60); e > 0; e--) {
                int a = random.nextInt(idList.size());
                int b = random.nextInt(idList.size());
                if (a == b || !pairs.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                    continue;
                }
                // a before b, as the engine gives them, but now and then the other way round
                boolean ordered = idList.get(a).compareTo(idList.get(b)) < 0 ^ random.nextInt(10) == 0;
                List<String> layers = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    layers.add(random.nextBoolean() ? "co-share" : text(5));
                }
                edges.add(new ExportModel.EdgeRow(idList.get(ordered ? a : b), idList.get(ordered ? b : a), weight(),
                        layers, number()));
            }
            DataSummary data = new DataSummary(random.nextBoolean(), text(20), "", "", 0, 0, 0, 0, 0, 0, 0);
            return new ExportModel(data, DetectorSettings.defaults(), signals, accounts, edges, List.of());
        }

        private String text(int maxUnits) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(maxUnits + 1); n > 0; n--) {
                b.append(UNITS[random.nextInt(UNITS.length)]);
            }
            return b.toString();
        }

        /** Signal ids do not pass xmlSafe, and the serializer refused a lone high surrogate. */
        private static String withoutSurrogates(String s) {
            StringBuilder b = new StringBuilder();
            s.chars().filter(c -> !Character.isSurrogate((char) c)).forEach(c -> b.append((char) c));
            return b.toString();
        }

        private String plain() {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                b.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
            }
            return b.toString();
        }

        private double number() {
            return switch (random.nextInt(8)) {
                case 0 -> Double.NaN;
                case 1 -> 0;
                case 2 -> Math.pow(10, -random.nextInt(320));
                case 3 -> -random.nextDouble();
                case 4 -> random.nextDouble() * 1e14;
                default -> random.nextDouble();
            };
        }

        private double weight() {
            return switch (random.nextInt(6)) {
                case 0 -> 1.0;
                case 1 -> 1 + random.nextInt(50);
                case 2 -> random.nextInt(4) + random.nextInt(4) / 4.0;
                case 3 -> number();
                default -> random.nextDouble() * 10;
            };
        }
    }
}
