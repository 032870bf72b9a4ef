package org.spamouflage.sandbox.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.SpreadsheetSafe;
import org.spamouflage.sandbox.ingest.Labels;

/**
 * Reads account labels for {@code evaluate}: a {@code truth.csv} as the dataset folder writes it
 * ({@code account_id,class,cell,operator,origin,role}; older folders have no {@code role}), a hand-made answer key with just
 * {@code account_id,class}, or a dataset folder (its {@code truth.csv}). Columns are found by name
 * (any case, any order). Classes are read as the importer reads label columns ({@link Labels}:
 * {@code campaign}, {@code organic}, {@code background}, and synonyms such as {@code bot},
 * {@code human}, {@code 1}, {@code 0}). {@code cell} (optional) groups campaign accounts for
 * cluster recovery; {@code role} (optional) names honest accounts that coordinate in the open
 * ({@link AccountRole}).
 */
public final class TruthFile {
    private TruthFile() {
    }

    /** @throws ExportReadException listing every problem with line and column */
    public static GroundTruth read(Path fileOrFolder) throws ExportReadException {
        Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(DatasetFolder.TRUTH_CSV) : fileOrFolder;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        CsvInput in = new CsvInput(name);
        CsvInput.Table table = in.read(file);
        List<String> header = table.header();
        List<String[]> rows = table.rows();
        List<Long> lines = table.lines();
        int idCol = CsvInput.column(header, "account_id");
        int classCol = CsvInput.column(header, "class");
        if (classCol < 0) {
            classCol = CsvInput.column(header, "label");
        }
        if (idCol < 0 || classCol < 0) {
            in.problem(1, "", "needs the columns account_id and class (found: " + String.join(", ", header) + ")");
            in.throwIfAny();
        }
        int cellCol = CsvInput.column(header, "cell");
        int operatorCol = CsvInput.column(header, "operator");
        int originCol = CsvInput.column(header, "origin");
        int roleCol = CsvInput.column(header, "role");
        List<GroundTruth.AccountTruth> out = new ArrayList<>(rows.size());
        Map<String, Long> seen = new HashMap<>(rows.size() * 2);
        for (int r = 0; r < rows.size(); r++) {
            String[] c = rows.get(r);
            long line = lines.get(r);
            String id = SpreadsheetSafe.restore(c[idCol].strip()); // ids as written before the export made them safe
            boolean ok = true;
            if (id.isEmpty()) {
                in.problem(line, "account_id", "is empty");
                ok = false;
            } else {
                Long first = seen.putIfAbsent(id, line);
                if (first != null) {
                    in.problem(line, "account_id", "\"" + AccountScores.abbreviate(id) + "\" already appears on line "
                            + first);
                    ok = false;
                }
            }
            AccountClass cls = Labels.parse(c[classCol]).orElse(null);
            if (cls == null) {
                in.problem(line, header.get(classCol), "\"" + AccountScores.abbreviate(c[classCol]) + "\" is not a"
                        + " class; allowed: campaign, organic, background, or a synonym the importer accepts (bot,"
                        + " human, 1, 0, true, false…)");
                ok = false;
            }
            int cell = index(in, line, "cell", cellCol < 0 ? "" : c[cellCol]);
            int operator = index(in, line, "operator", operatorCol < 0 ? "" : c[operatorCol]);
            AccountRole role = AccountRole.fromLabel(roleCol < 0 ? "" : c[roleCol]).orElse(null);
            if (role == null) {
                in.problem(line, "role", "\"" + AccountScores.abbreviate(c[roleCol]) + "\" is not a role; allowed: "
                        + AccountRole.allowed());
                ok = false;
            }
            if (ok && cell >= -1 && operator >= -1) {
                out.add(new GroundTruth.AccountTruth(id, cls, cell, operator, originCol < 0 ? ""
                        : SpreadsheetSafe.restore(c[originCol].strip()), role));
            }
        }
        in.throwIfAny();
        return new GroundTruth(out, List.of());
    }

    /** -1 for empty, the number, or -2 after reporting a problem. */
    private static int index(CsvInput in, long line, String column, String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return -1;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        in.problem(line, column, "\"" + AccountScores.abbreviate(s) + "\" is not a whole number from 0 (or empty)");
        return -2;
    }
}
