package org.spamouflage.sandbox.explore;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.report.ExportFile;

/**
 * The export files a page offers for download and the names they are saved under
 * ({@code classroom-small-seed-5-accounts.csv}, {@code my-shares-network.gexf}).
 */
public final class ExportFiles {
    /** Longest name part taken from the data's name. */
    static final int MAX_BASE = 60;

    private ExportFiles() {
    }

    /**
     * Account scores, edges, the network for Gephi (GraphML, GEXF), clusters, the methods note
     * (Markdown, HTML), the detector settings ({@code settings.json}, which {@code detect --settings}
     * reads back); with labels also the error rates ({@code metrics.json}).
     */
    public static List<ExportFile> offered(boolean labelled) {
        List<ExportFile> out = new ArrayList<>(List.of(ExportFile.ACCOUNTS_CSV, ExportFile.EDGES_CSV,
                ExportFile.NETWORK_GRAPHML, ExportFile.NETWORK_GEXF, ExportFile.CLUSTERS_JSON, ExportFile.METHODS_MD,
                ExportFile.METHODS_HTML, ExportFile.SETTINGS_JSON));
        if (labelled) {
            out.add(ExportFile.METRICS_JSON);
        }
        return out;
    }

    /** {@code <slug of base>-<file name>}, e.g. {@code shares-2024-accounts.csv}. */
    public static String fileName(String base, ExportFile file) {
        return slug(base) + "-" + file.fileName();
    }

    /**
     * A file-name-safe form of a data name: letters and digits kept (any script), runs of anything
     * else become one {@code -}, at most {@value #MAX_BASE} characters; {@code export} when nothing is left.
     */
    public static String slug(String name) {
        StringBuilder b = new StringBuilder();
        String s = name == null ? "" : name;
        for (int i = 0; i < s.length() && b.length() < MAX_BASE; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_') {
                b.appendCodePoint(cp);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        // no leading dot (a hidden file) and no dangling separators
        String out = b.toString().replaceAll("^[-.]+|[-.]+$", "");
        return out.isEmpty() ? "export" : out;
    }
}
