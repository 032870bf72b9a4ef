package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import}: reads real data with a preset (or a column mapping) and writes the same dataset
 * folder {@code generate} writes, so {@code detect} and {@code evaluate} work on it unchanged.
 */
@Command(name = "import", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Import CSV, TSV or JSON Lines (optionally gzip) into a dataset folder.",
        footer = {"", "Rows that cannot be read are listed with row, column and reason; none is dropped silently:",
            "rows in the file = accepted + rejected (+ unchecked after an early stop). A stray quote costs only",
            "its own line; a last row cut off mid-way is rejected with its number.",
            "Exit codes: 0 success (even with rejected rows, which are reported); 2 invalid input, or the import",
            "stopped early (error or row limit: the rows after the stop are counted as unchecked); 1 anything else."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ImportOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Dataset folder to write.")
    private Path out;

    @Option(names = "--force", description = "Replace the dataset files in a non-empty --out folder.")
    private boolean force;

    @Option(names = "--show-errors", paramLabel = "N", defaultValue = "50",
            description = "Row errors to print (default ${DEFAULT-VALUE}); all are counted.")
    private int showErrors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(options.in())) {
            throw new InvalidInputException("--in " + options.in() + ": no such file");
        }
        OutFolder.check(out, force);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult r;
        try {
            r = Importer.importFile(options.in(), options.toSettings());
        } catch (ImportException e) {
            throw new InvalidInputException(e.getMessage());
        }
        ImportReport.print(r, stdout, err, showErrors);
        if (r.truncated()) {
            err.println("stopped: " + r.stopReason());
        }
        if (r.accepted() == 0) {
            throw new InvalidInputException(options.in() + ": no row could be imported; nothing was written");
        }
        Dataset dataset = r.dataset().withInfo(r.dataset().info().withAudienceTimeZone(options.audienceZone()));
        DatasetFolder.write(dataset, r.truth().orElse(null), out);
        stdout.println("Wrote " + out + ": " + r.dataset().accounts().size() + " accounts, "
                + r.dataset().posts().size() + " posts" + (r.truth().isPresent() ? ", with labels" : "") + ".");
        return r.truncated() ? Cli.INVALID_INPUT : Cli.OK;
    }
}
