package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;

class TableFilesTest {

    static final List<SignalInfo> SIGNALS = List.of(
            new SignalInfo("co-comment", "Co-commenting", "coordination", "many comments next to a partner's", "x"),
            new SignalInfo("night", "Night posting", "account", "posts at night", "y"));

    static DataSummary data(boolean synthetic) {
        return new DataSummary(synthetic, "hand", "", "", 0, 0, 0, 4, 10, 0, 0);
    }

    /** Four accounts written by hand; two tie on the combined score once rounded to 6 decimals. */
    static ExportModel model(boolean synthetic) {
        return new ExportModel(data(synthetic), DetectorSettings.defaults(), SIGNALS, List.of(
                new ExportModel.AccountRow("a1", "alice", 0.25, -1, new double[] {0.0, 0.5}),
                new ExportModel.AccountRow("b2", "O'Brien, \"Bob\"", 0.9, 0, new double[] {1.0, 0.123456789}),
                new ExportModel.AccountRow("c3", "<img src=x onerror=alert(1)>", 0.90000004, 0,
                        new double[] {1.0, 0.0}),
                new ExportModel.AccountRow("d4", "dave", 1.0 / 3.0, 1, new double[] {2.0 / 3.0, -0.0})),
                List.of(new ExportModel.EdgeRow("b2", "c3", 8, List.of("co-comment"), 1.5e-12),
                        new ExportModel.EdgeRow("a1", "d4", 2.5, List.of("co-comment", "co-share"), 0.0123)),
                List.of());
    }

    static String accounts(ExportModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.writeAccounts(m, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String edges(ExportModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.writeEdges(m, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class AccountsCsv {
        @Test
        void writesTheExpectedBytesForHandMadeScores() throws IOException {
            // By hand: b2 (0.900000) and c3 (0.90000004 -> 0.900000) tie as written, so id order decides;
            // quotes are doubled and cells with a comma or quote are quoted (RFC 4180); no cluster = empty cell.
            assertThat(accounts(model(true))).isEqualTo("""
                    account_id,score,cluster,handle,co-comment,night,synthetic
                    b2,0.900000,0,"O'Brien, ""Bob\""\",1.000000,0.123457,true
                    c3,0.900000,0,<img src=x onerror=alert(1)>,1.000000,0.000000,true
                    d4,0.333333,1,dave,0.666667,0.000000,true
                    a1,0.250000,,alice,0.000000,0.500000,true
                    """);
        }

        @Test
        void importedDataHaveNoSyntheticColumn() throws IOException {
            String csv = accounts(model(false));
            assertThat(csv.lines().findFirst()).contains("account_id,score,cluster,handle,co-comment,night");
            assertThat(csv).doesNotContain("true");
        }
    }

    @Nested
    class SpreadsheetSafeCells {
        static ExportModel formulas() {
            return new ExportModel(data(false), DetectorSettings.defaults(), SIGNALS, List.of(
                    new ExportModel.AccountRow("-a1", "=HYPERLINK(\"http://x\")", 0.5, -1, new double[] {-0.25, 0.5}),
                    new ExportModel.AccountRow("@b2", "+bob", 0.25, 0, new double[] {0.0, 0.0})),
                    List.of(new ExportModel.EdgeRow("-a1", "@b2", 3, List.of("co-comment"), 0.5)), List.of());
        }

        @Test
        void idsAndHandlesGetAQuoteButScoresStayNumbers() throws IOException {
            assertThat(accounts(formulas())).isEqualTo("""
                    account_id,score,cluster,handle,co-comment,night
                    '-a1,0.500000,,"'=HYPERLINK(""http://x"")",-0.250000,0.500000
                    '@b2,0.250000,0,'+bob,0.000000,0.000000
                    """);
            assertThat(edges(formulas())).isEqualTo("""
                    account_a,account_b,weight,layers,min_q_value
                    '-a1,'@b2,3,co-comment,0.500000
                    """);
        }

        @Test
        void readingAccountsCsvBackRestoresTheIds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
                throws Exception {
            java.nio.file.Path file = dir.resolve("accounts.csv");
            java.nio.file.Files.writeString(file, accounts(formulas()));
            AccountScores back = AccountScores.read(file);
            assertThat(back.ids()).containsExactly("-a1", "@b2");
        }
    }

    @Nested
    class EdgesCsv {
        @Test
        void writesTheExpectedBytesForHandMadeEdges() throws IOException {
            // Sorted by pair; whole weights without decimals; layers joined by '+'; q with 6 significant digits.
            assertThat(edges(model(true))).isEqualTo("""
                    account_a,account_b,weight,layers,min_q_value
                    a1,d4,2.500000,co-comment+co-share,0.0123000
                    b2,c3,8,co-comment,1.50000e-12
                    """);
        }
    }

    @Nested
    class NumberFormat {
        @Test
        void fixedDecimalsRoundHalfAwayFromZeroAndNeverPrintMinusZero() {
            assertThat(Numbers.fixed(0.0000004)).isEqualTo("0.000000");
            assertThat(Numbers.fixed(-0.0000004)).isEqualTo("0.000000");
            assertThat(Numbers.fixed(-0.0)).isEqualTo("0.000000");
            assertThat(Numbers.fixed(0.0000006)).isEqualTo("0.000001");
            assertThat(Numbers.fixed(-1.25)).isEqualTo("-1.250000");
            assertThat(Numbers.fixed(Double.NaN)).isEmpty();
            assertThat(Numbers.fixed(12345.6789)).isEqualTo("12345.678900");
        }

        @Test
        void fixedAgreesWithStringFormatAwayFromHalfwayCases() {
            java.util.Random r = new java.util.Random(3);
            for (int i = 0; i < 10_000; i++) {
                double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(8) - 4);
                double frac = Math.abs(x * 1e6) % 1;
                if (Math.abs(frac - 0.5) < 1e-6) {
                    continue; // exact decimal expansion and double rounding may differ at the half
                }
                String expected = String.format(java.util.Locale.ROOT, "%.6f", x);
                assertThat(Numbers.fixed(x)).as("x=%s", x).isEqualTo(expected.equals("-0.000000") ? "0.000000" : expected);
            }
        }
    }
}
