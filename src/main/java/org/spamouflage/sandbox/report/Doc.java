package org.spamouflage.sandbox.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document (headings, paragraphs, lists, tables) rendered to Markdown and to a standalone
 * HTML page from the same blocks, so both versions of the methods note always say the same thing.
 * Every text is plain text: the renderers escape it, so nothing from data can become markup.
 */
final class Doc {
    /** A piece of the document. */
    sealed interface Block permits Heading, Para, Callout, Bullets, Table {
    }

    record Heading(int level, String text) implements Block {
    }

    record Para(String text) implements Block {
    }

    /** A highlighted paragraph (the synthetic-data banner). */
    record Callout(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
        Bullets {
            items = List.copyOf(items);
        }
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    Doc heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    Doc para(String text) {
        blocks.add(new Para(text));
        return this;
    }

    Doc callout(String text) {
        blocks.add(new Callout(text));
        return this;
    }

    Doc bullets(List<String> items) {
        blocks.add(new Bullets(items));
        return this;
    }

    Doc table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(header, rows));
        return this;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    // ---- Markdown ---------------------------------------------------------------------------

    String markdown() {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (b.length() > 0) {
                b.append('\n');
            }
            if (block instanceof Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(md(h.text())).append('\n');
            } else if (block instanceof Para p) {
                b.append(md(p.text())).append('\n');
            } else if (block instanceof Callout c) {
                b.append("> **").append(md(c.text())).append("**\n");
            } else if (block instanceof Bullets l) {
                l.items().forEach(i -> b.append("- ").append(md(i)).append('\n'));
            } else if (block instanceof Table t) {
                row(b, t.header());
                b.append('|');
                t.header().forEach(x -> b.append(" --- |"));
                b.append('\n');
                t.rows().forEach(r -> row(b, r));
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(md(c)).append(" |");
        }
        b.append('\n');
    }

    /**
     * Plain text as Markdown that renders as the same text: characters with a meaning in Markdown
     * are backslash-escaped, and {@code & < >} become entities, so inline HTML in data (a handle
     * like {@code <img src=x onerror=…>}) is shown, never run. Line breaks become spaces (one
     * block per paragraph).
     */
    static String md(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r', '\n' -> b.append(' ');
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---- HTML -------------------------------------------------------------------------------

    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
            + "max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}"
            + "h1,h2{line-height:1.2}h2{margin-top:2rem;border-bottom:1px solid #ddd}"
            + "table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}"
            + "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
            + "th{background:#f3f3f3}.callout{background:#fff4d6;border-left:4px solid #e0a800;"
            + "padding:.5rem 1rem;font-weight:bold}";

    /** A standalone page: no scripts, no external resources (a Content-Security-Policy says so too). */
    String page(String title) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                b.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (block instanceof Para p) {
                b.append("<p>").append(esc(p.text())).append("</p>\n");
            } else if (block instanceof Callout c) {
                b.append("<p class=\"callout\">").append(esc(c.text())).append("</p>\n");
            } else if (block instanceof Bullets l) {
                b.append("<ul>\n");
                l.items().forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
                b.append("</ul>\n");
            } else if (block instanceof Table t) {
                b.append("<table>\n<thead><tr>");
                t.header().forEach(x -> b.append("<th>").append(esc(x)).append("</th>"));
                b.append("</tr></thead>\n<tbody>\n");
                for (List<String> r : t.rows()) {
                    b.append("<tr>");
                    r.forEach(x -> b.append("<td>").append(esc(x)).append("</td>"));
                    b.append("</tr>\n");
                }
                b.append("</tbody>\n</table>\n");
            }
        }
        return b.append("</body>\n</html>\n").toString();
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
