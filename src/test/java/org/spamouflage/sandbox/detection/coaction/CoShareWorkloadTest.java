package org.spamouflage.sandbox.detection.coaction;

import org.spamouflage.sandbox.formats.CoortweetCsvReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.bench.CoShareWorkload;

/** The Java port against files written by gen_coshare.py itself (src/test/resources/coaction/README.md). */
class CoShareWorkloadTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CoShareWorkloadTest.class.getResourceAsStream("/coaction/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] port(long n, boolean uniform, int hot, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CoShareWorkload(n, uniform, hot, seed).write(out);
        return out.toByteArray();
    }

    @Test
    void writesTheSameBytesAsThePythonScriptForZipfWithAHotObject() throws IOException {
        assertThat(port(1000, false, 200, 42)).isEqualTo(resource("gen_coshare_1000_hot200.csv"));
    }

    @Test
    void writesTheSameBytesAsThePythonScriptForUniformWithAnotherSeed() throws IOException {
        assertThat(port(1000, true, 0, 7)).isEqualTo(resource("gen_coshare_1000_uniform_seed7.csv"));
    }

    @Test
    void theInMemoryTableHoldsTheSameRowsAsTheFile() throws IOException {
        CoShareWorkload w = new CoShareWorkload(1000, false, 200, 42);
        ActionTable direct = w.table();
        CoortweetData read = new CoortweetCsvReader().read(
                new java.io.ByteArrayInputStream(port(1000, false, 200, 42)), "port.csv");
        assertThat(direct.size()).isEqualTo(2200);
        assertThat(CoortweetCsvReaderTest.rows(new CoortweetData(direct, new int[0], 2200)))
                .isEqualTo(CoortweetCsvReaderTest.rows(read));
    }
}
