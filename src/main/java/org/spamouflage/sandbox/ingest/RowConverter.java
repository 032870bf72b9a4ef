package org.spamouflage.sandbox.ingest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.SpreadsheetSafe;

/**
 * Turns the current record of a {@link RecordSource} into a post (handed to the
 * {@link DatasetAssembler}) or into row errors, one per bad cell. Ids, times, counts and codes
 * are trimmed; text and display names are kept as written.
 */
final class RowConverter {
    private static final Field[] FIELDS = Field.values();

    private final RecordSource src;
    private final DatasetAssembler out;
    private final int[] slot = new int[FIELDS.length];
    private final String[] column = new String[FIELDS.length];
    private final Set<Field> required;
    private final int expectedFields;
    private final TimeFormat timeFormat;
    private final TimeFormat createdFormat;
    private final ZoneId zone;
    private final String platform;
    private final boolean spreadsheetSafe;
    private final List<RowError> errors = new ArrayList<>(4);
    private long row;
    private long line;

    RowConverter(RecordSource src, ColumnBinding binding, ImportSettings settings, DatasetAssembler out) {
        this.src = src;
        this.out = out;
        List<ColumnBinding.Ref> refs = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<Field, ColumnBinding.Ref> e : binding.refs.entrySet()) {
            fields.add(e.getKey());
            refs.add(e.getValue());
        }
        int[] slots = src.bind(refs);
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < fields.size(); i++) {
            slot[fields.get(i).ordinal()] = slots[i];
            column[fields.get(i).ordinal()] = refs.get(i).name();
        }
        Set<Field> req = EnumSet.noneOf(Field.class);
        req.addAll(settings.preset().required());
        for (Field f : List.of(Field.ID, Field.LABEL)) {
            if (binding.refs.containsKey(f)) {
                req.add(f); // a mapped id or label must be there in every row
            }
        }
        this.required = req;
        this.expectedFields = src.fieldCount() < 0 ? -1 : src.header().size();
        this.timeFormat = settings.effectiveTimeFormat();
        this.createdFormat = settings.effectiveCreatedAtFormat();
        this.zone = settings.zone();
        this.platform = settings.preset().platform();
        this.spreadsheetSafe = settings.spreadsheetSafe();
    }

    boolean mapped(Field f) {
        return slot[f.ordinal()] >= 0 || column[f.ordinal()] != null;
    }

    /** Converts the current record; returns its errors (empty when the row was accepted). */
    List<RowError> convert() {
        errors.clear();
        row = src.row();
        line = src.line();
        if (src.error() != null) {
            errors.add(new RowError(row, line, src.errorColumn(), "", src.error()));
            return errors;
        }
        int n = src.fieldCount();
        if (expectedFields >= 0 && n != expectedFields) {
            errors.add(new RowError(row, line, "", "", (n > expectedFields ? "too many fields: " : "too few fields: ")
                    + Text.count(n) + " (the header has " + Text.count(expectedFields) + ")"));
            return errors;
        }
        Engagement.Type engagement = engagement();
        String account = id(Field.ACCOUNT);
        String timeText = id(Field.TIME);
        long time = timeText == null ? 0 : time(Field.TIME, timeText, timeFormat, "timestamp");
        // an engagement row adds no post, so it needs no post id
        String id = engagement != null ? null : mapped(Field.ID) ? id(Field.ID) : "row-" + row;
        String object = id(Field.OBJECT);
        if (engagement != null && object == null && errors.isEmpty()) {
            errors.add(new RowError(row, line, column[Field.OBJECT.ordinal()] == null ? "" : column[Field.OBJECT.ordinal()],
                    "", "a " + engagement.name().toLowerCase(Locale.ROOT) + " row needs the engaged post's id in the "
                    + "object column" + (mapped(Field.OBJECT) ? "" : " (map the field object to a column)")));
        }
        boolean target = flag(Field.TARGET);
        String replyTo = id(Field.REPLY_TO);
        String handle = id(Field.HANDLE);
        String text = raw(Field.TEXT);
        String displayName = raw(Field.DISPLAY_NAME);
        String lang = lang(id(Field.LANG));
        String source = raw(Field.SOURCE);
        String createdText = id(Field.CREATED_AT);
        long createdAt = createdText == null ? Account.UNKNOWN
                : time(Field.CREATED_AT, createdText, createdFormat, "date");
        int followers = count(Field.FOLLOWERS);
        int following = count(Field.FOLLOWING);
        List<String> links = list(Field.LINK, ListCells.Kind.LINKS);
        List<String> hashtags = list(Field.HASHTAGS, ListCells.Kind.HASHTAGS);
        List<String> mentions = list(Field.MENTIONS, ListCells.Kind.MENTIONS);
        AccountClass label = label();
        if (!errors.isEmpty()) {
            return errors;
        }
        String conflict = out.labelConflict(account, label);
        if (engagement != null) {
            if (conflict != null) {
                errors.add(new RowError(row, line, column[Field.LABEL.ordinal()], label.label(), conflict));
                return errors;
            }
            out.addEngagement(row, account, object, engagement, time, handle, displayName, createdAt, followers,
                    following, label, target);
            return errors;
        }
        // claim the id only for a row that will be added; otherwise just look (both problems are reported)
        String dup = conflict == null ? out.claim(id, row) : out.duplicate(id);
        if (dup != null) {
            errors.add(new RowError(row, line, column[Field.ID.ordinal()], Text.show(id), dup));
        }
        if (conflict != null) {
            errors.add(new RowError(row, line, column[Field.LABEL.ordinal()], label.label(), conflict));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        out.add(row, id, account, time, lang, text, replyTo, object, links, hashtags, mentions, platform, source,
                handle, displayName, createdAt, followers, following, label, target);
        return errors;
    }

    /** The cell as written, or null when the field is not mapped or the cell is not UTF-8 (error added). */
    private String raw(Field f) {
        int s = slot[f.ordinal()];
        if (s < 0 && column[f.ordinal()] == null) {
            return null;
        }
        String v = src.get(s);
        if (v == null) {
            errors.add(new RowError(row, line, column[f.ordinal()], "", "not valid UTF-8 text"));
        }
        return spreadsheetSafe ? SpreadsheetSafe.restore(v) : v;
    }

    /** The trimmed cell, or null when empty/unmapped; an empty required cell adds an error. */
    private String id(Field f) {
        String v = raw(f);
        if (v == null) {
            return null; // unmapped (a required field is always mapped) or not UTF-8 (error added)
        }
        v = v.strip();
        if (v.isEmpty()) {
            if (required.contains(f)) {
                errors.add(new RowError(row, line, column[f.ordinal()], "", "missing required value ("
                        + f.description() + ")"));
            }
            return null;
        }
        return v;
    }

    private long time(Field f, String v, TimeFormat format, String what) {
        try {
            return format.parse(v, zone, what);
        } catch (BadValue e) {
            errors.add(new RowError(row, line, column[f.ordinal()], Text.show(v), e.getMessage()));
            return 0;
        }
    }

    private int count(Field f) {
        String v = id(f);
        if (v == null) {
            return -1;
        }
        long n = 0;
        int i = 0;
        int len = v.length();
        boolean ok = len > 0;
        while (i < len && ok) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                n = n * 10 + (c - '0');
                ok = n <= Integer.MAX_VALUE;
                i++;
            } else {
                break;
            }
        }
        if (ok && i < len && v.charAt(i) == '.' && i > 0) {
            // pandas writes counts as floats: "17.0"
            int j = i + 1;
            while (j < len && v.charAt(j) == '0') {
                j++;
            }
            ok = j == len;
            i = len;
        }
        if (!ok || i != len) {
            errors.add(new RowError(row, line, column[f.ordinal()], Text.show(v), "bad count \"" + Text.show(v)
                    + "\" (expected a whole number from 0 to " + Text.count(Integer.MAX_VALUE) + ")"));
            return -1;
        }
        return (int) n;
    }

    private static String lang(String v) {
        if (v == null) {
            return "";
        }
        String l = v.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "und", "unknown", "none", "nan", "null", "zxx" -> "";
            default -> l;
        };
    }

    private List<String> list(Field f, ListCells.Kind kind) {
        String v = raw(f);
        return v == null ? List.of() : ListCells.parse(v, kind);
    }

    /** The row kind: null for a post, else the engagement type; an unknown kind adds an error. */
    private Engagement.Type engagement() {
        String v = id(Field.ENGAGEMENT);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "post" -> null;
            case "like" -> Engagement.Type.LIKE;
            case "share" -> Engagement.Type.SHARE;
            default -> {
                errors.add(new RowError(row, line, column[Field.ENGAGEMENT.ordinal()], Text.show(v), "unknown row kind \""
                        + Text.show(v) + "\" (allowed: post or empty for a post, like, share)"));
                yield null;
            }
        };
    }

    /** A yes/no cell: true, 1, yes (any case) are true; false, 0, no and empty are false; anything else is an error. */
    private boolean flag(Field f) {
        String v = id(f);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "t", "1.0" -> {
                return true;
            }
            case "false", "0", "no", "n", "f", "0.0" -> {
                return false;
            }
            default -> {
                errors.add(new RowError(row, line, column[f.ordinal()], Text.show(v), "bad yes/no value \""
                        + Text.show(v) + "\" (allowed: true, false, 1, 0, yes, no, or empty)"));
                return false;
            }
        }
    }

    private AccountClass label() {
        String v = id(Field.LABEL);
        if (v == null) {
            return null;
        }
        AccountClass c = Labels.parse(v).orElse(null);
        if (c == null) {
            errors.add(new RowError(row, line, column[Field.LABEL.ordinal()], Text.show(v),
                    "unknown label \"" + Text.show(v) + "\" (allowed: " + Labels.allowed() + ")"));
        }
        return c;
    }
}
