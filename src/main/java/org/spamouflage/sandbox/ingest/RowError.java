package org.spamouflage.sandbox.ingest;

/**
 * One row that could not be imported, and why. A row with several bad cells gets one error per
 * cell.
 *
 * <p>Numbering: {@code row} counts records as a spreadsheet shows them: the header is row 1, the
 * first data row is row 2, a quoted field spanning several lines is still one row, and blank
 * lines count as rows (a spreadsheet shows them as empty rows). {@code line} is the physical line
 * (1-based) where the record starts, as a text editor shows it; it differs from {@code row} only
 * after fields with embedded newlines. In JSON Lines files both are the line number.
 *
 * @param row    spreadsheet row number (1-based)
 * @param line   physical line where the record starts (1-based)
 * @param column the column name, or empty when the problem is the whole row (wrong field count…)
 * @param value  the offending value, shortened for display, or empty
 * @param reason what is wrong and what is allowed, e.g.
 *               {@code bad timestamp "abc" (expected epoch seconds, e.g. 1623881091)}
 */
public record RowError(long row, long line, String column, String value, String reason) {

    public RowError {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    /**
     * The line shown to users: {@code row 5, column "timestamp_share": bad timestamp "abc" (…)};
     * {@code row 9 (line 12)} when the record does not start on line 9.
     */
    public String message() {
        StringBuilder b = new StringBuilder("row ").append(row);
        if (line != row) {
            b.append(" (line ").append(line).append(')');
        }
        if (!column.isEmpty()) {
            b.append(", column \"").append(Text.show(column)).append('"');
        }
        return b.append(": ").append(reason).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
