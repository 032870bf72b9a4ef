package org.spamouflage.sandbox.dataset;

/**
 * Text cells of every CSV the project writes, made safe to open in a spreadsheet (CSV formula
 * injection, OWASP "CSV Injection"): a cell from the data that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a single quote {@code '} in front, so
 * Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula
 * ({@code =HYPERLINK(…)}, {@code @SUM(…)}). The quote is inside the cell, so a CSV reader sees it
 * as part of the value and the cell is quoted only when it needs to be anyway.
 *
 * <p>Only cells holding text from the data go through this (texts, ids, handles, names, links,
 * hashtags); numbers and times the project writes ({@code -0.5}, {@code 2023-08-07T14:03:22Z})
 * never do, so they stay numbers for pandas, R and spreadsheets alike.
 *
 * <p>The change can be undone exactly: a text that already starts with quotes followed by one of
 * those characters ({@code '=x}) gets one more ({@code ''=x}), and {@link #restore} removes one
 * quote from any cell of the form {@code '…'} + trigger. So {@code restore(cell(s)).equals(s)} for
 * every {@code s}, and the project's own readers call {@link #restore} on the columns they read
 * back. In pandas: {@code df[c].str.replace(r"^'(?='*[=+\-@\t\r])", "", regex=True)}; in R:
 * {@code sub("^'(?='*[=+@\t\r-])", "", x, perl = TRUE)}.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** The text as a spreadsheet-safe CSV cell: unchanged unless it starts (after any quotes) with = + - @ tab CR. */
    public static String cell(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) > '@') {
            return text; // the usual case: one comparison (every trigger and the quote are at most '@')
        }
        return needsQuote(text, 0) ? "'" + text : text;
    }

    /** Undoes {@link #cell}: removes one leading quote from a cell that is quotes followed by = + - @ tab CR. */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        return needsQuote(cell, 1) ? cell.substring(1) : cell;
    }

    /** True when {@code s} from {@code from} on is zero or more quotes, then a trigger character. */
    private static boolean needsQuote(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
