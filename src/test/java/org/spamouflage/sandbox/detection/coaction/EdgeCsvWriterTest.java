package org.spamouflage.sandbox.detection.coaction;

import org.spamouflage.sandbox.formats.EdgeCsvWriter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.coaction.CoActionCounterTest.Row;

class EdgeCsvWriterTest {

    @Test
    void formatsFourSignificantDigitsLikePrintf() {
        // Oracle: C printf("%.3e") / Python f"{x:.3e}".
        assertThat(EdgeCsvWriter.scientific(1.23456e-5)).isEqualTo("1.235e-05");
        assertThat(EdgeCsvWriter.scientific(0.000999999)).isEqualTo("1.000e-03");
        assertThat(EdgeCsvWriter.scientific(123456.0)).isEqualTo("1.235e+05");
        assertThat(EdgeCsvWriter.scientific(5.925536454973639e-153)).isEqualTo("5.926e-153");
        // The smallest subnormal double is 4.9406564584124654e-324.
        assertThat(EdgeCsvWriter.scientific(Double.MIN_VALUE)).isEqualTo("4.941e-324");
        assertThat(EdgeCsvWriter.scientific(0.3296799539643607)).isEqualTo("3.297e-01");
        assertThat(EdgeCsvWriter.scientific(0.0)).isEqualTo("0");
        assertThat(EdgeCsvWriter.scientific(1.0)).isEqualTo("1");
        assertThat(EdgeCsvWriter.fixed4(0.25)).isEqualTo("0.2500");
        assertThat(EdgeCsvWriter.fixed4(1.0 / 3)).isEqualTo("0.3333");
        assertThat(EdgeCsvWriter.fixed4(1.0)).isEqualTo("1.0000");
    }

    @Test
    void writesTheHeaderAndOneSortedRowPerEdgeQuotingIdsThatNeedIt() throws IOException {
        CoActionNetwork net = CoActionCounterTest.count(60, new Row("x", "b,1", 0), new Row("x", "a\"q", 10),
                new Row("y", "a\"q", 0), new Row("y", "c", 5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdgeCsvWriter().write(EdgeSignificance.of(net), out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("account_a,account_b,weight,objects,jaccard,expected_weight,p_value,q_value");
        // W = 2, N = 4; every account pair has n_a n_b = 2 or 1: λ(a"q,b,1) = 2*2*2*1/12 = 0.6667.
        assertThat(lines[1]).startsWith("\"a\"\"q\",\"b,1\",1,1,0.5000,6.667e-01,4.866e-01,");
        assertThat(lines[2]).startsWith("\"a\"\"q\",c,1,1,0.5000,6.667e-01,");
        assertThat(lines).hasSize(3);
    }
}
