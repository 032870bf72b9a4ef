package org.spamouflage.sandbox.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.bench.CoShareWorkload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench coshare-data N OUT.csv}: writes the co-share workload file, as gen_coshare.py does. */
@Command(name = "coshare-data", mixinStandardHelpOptions = true,
        description = {"Write the co-share benchmark input in CooRTweet's columns: a Java port of gen_coshare.py "
                + "with the same random stream (the same file for the same arguments).",
                "N organic shares (accounts N/10, objects N/5, Zipf(1.6) popularity or --uniform, times over 30 days), "
                        + "an optional hot object shared K times, and 20 bots sharing 50 fresh objects within 0-5 s."})
public final class BenchCoshareDataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "N", description = "Organic shares.")
    long n;

    @Parameters(index = "1", paramLabel = "OUT.csv", description = "Output file.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--hot", paramLabel = "K", defaultValue = "0", description = "Shares of one hot object. Default: 0.")
    int hot;

    @Option(names = "--uniform", description = "Uniform object popularity instead of Zipf(1.6).")
    boolean uniform;

    @Override
    public Integer call() throws IOException {
        if (n < 0 || n > 100_000_000L || hot < 0) {
            throw new InvalidInputException("N must be in [0, 100000000] and --hot >= 0 (got N=" + n + ", hot=" + hot + ")");
        }
        CoShareWorkload w = new CoShareWorkload(n, uniform, hot, seed);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            w.write(os);
        }
        spec.commandLine().getOut().println(out + " " + w.rows() + " rows");
        return Cli.OK;
    }
}
