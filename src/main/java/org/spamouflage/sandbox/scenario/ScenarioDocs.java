package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Writes the parameter tables of {@code scenarios/README.md} from {@link FieldSpecs} and the
 * defaults, so the reference cannot drift from what is checked (a test compares them).
 */
public final class ScenarioDocs {
    private ScenarioDocs() {
    }

    /** One Markdown table per top-level section: field, meaning, unit, default, allowed. */
    public static String parameterTables() {
        JsonNode defaults = ScenarioJson.defaultsTree();
        StringBuilder md = new StringBuilder();
        md.append("### Top level\n\n");
        header(md);
        List<FieldSpec> top = FieldSpecs.childrenOf("$");
        for (FieldSpec s : top) {
            if (s.kind() != FieldSpec.Kind.OBJECT) {
                row(md, s, "$", defaults);
            }
        }
        for (FieldSpec section : top) {
            if (section.kind() != FieldSpec.Kind.OBJECT) {
                continue;
            }
            md.append("\n### ").append(section.name()).append("\n\n").append(section.meaning()).append("\n\n");
            header(md);
            for (FieldSpec s : FieldSpecs.all()) {
                if (s.path().startsWith(section.path() + ".")) {
                    row(md, s, section.path(), defaults);
                }
            }
        }
        return md.toString();
    }

    private static void header(StringBuilder md) {
        md.append("| field | meaning | unit | default | allowed |\n|---|---|---|---|---|\n");
    }

    private static void row(StringBuilder md, FieldSpec s, String sectionPath, JsonNode defaults) {
        String field = s.path().substring(sectionPath.length() + 1);
        md.append("| `").append(field).append("` | ").append(cell(s.meaning())).append(" | ").append(cell(s.unit()))
                .append(" | ").append(defaultOf(s, defaults)).append(" | ").append(cell(Allowed.describe(s)))
                .append(" |\n");
    }

    private static String defaultOf(FieldSpec s, JsonNode defaults) {
        if (s.kind() == FieldSpec.Kind.OBJECT || s.path().contains("[]") || s.path().endsWith(".*")) {
            return "";
        }
        JsonNode v = defaults.at(CrossFieldChecks.pointer(s.path()));
        return v.isMissingNode() ? "" : "`" + cell(v.toString()) + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
