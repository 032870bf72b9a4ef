package org.spamouflage.sandbox.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.IsoUtc;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.SpreadsheetSafe;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Preset;

/**
 * A whole dataset as one flat CSV, one row per post, like or bare re-share, with the author's
 * account columns repeated on each row: the shape R, pandas and spreadsheets like, and exactly what
 * the importer's generic preset reads back ({@link #importSettings()}), so detection on the
 * re-imported data gives the same results.
 *
 * <p>Columns: {@code kind} ({@code post}, {@code like}, {@code share}), {@code post_id},
 * {@code account_id}, {@code time} (ISO-8601 UTC), {@code lang}, {@code text}, {@code reply_to},
 * {@code object} (a post's re-shared object, or the post liked or re-shared), {@code links},
 * {@code hashtags}, {@code mentions} (space-separated), {@code source}, {@code handle},
 * {@code display_name}, {@code account_created_at}, {@code followers}, {@code following},
 * {@code target} (the account is a public figure, not scored), then {@code class} when labels are
 * given and {@code synthetic} for generated data. Posts first (in dataset order), then
 * engagements. Accounts with neither posts nor engagements have no row (detection does not score
 * them); profile text, avatar kind and platform are not carried (detection does not read them).
 * Text cells (ids, texts, handles, names, links…) are spreadsheet-safe ({@link SpreadsheetSafe});
 * {@link #importSettings()} undoes that when reading the file back.
 */
public final class DatasetCsv {
    static final List<String> COLUMNS = List.of("kind", "post_id", "account_id", "time", "lang", "text", "reply_to",
            "object", "links", "hashtags", "mentions", "source", "handle", "display_name", "account_created_at",
            "followers", "following", "target");

    private DatasetCsv() {
    }

    /** Writes the CSV; {@code truthOrNull} adds a {@code class} column. Flushed, not closed. */
    public static void write(Dataset dataset, GroundTruth truthOrNull, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(COLUMNS);
        if (truthOrNull != null) {
            header.add("class");
        }
        boolean synthetic = dataset.info().synthetic();
        if (synthetic) {
            header.add("synthetic");
        }
        Set<String> targets = new HashSet<>();
        for (Target t : dataset.targets()) {
            targets.add(t.accountId());
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter p = new CSVPrinter(w, TableFiles.CSV);
        p.printRecord(header);
        List<String> row = new ArrayList<>(header.size());
        for (Post post : dataset.posts()) {
            row.clear();
            row.addAll(List.of("post", safe(post.id()), safe(post.accountId()), IsoUtc.format(post.time()),
                    safe(post.lang()), safe(post.text()), safe(orEmpty(post.replyTo())), safe(orEmpty(post.sharedObject())),
                    safe(String.join(" ", post.links())), safe(String.join(" ", post.hashtags())),
                    safe(String.join(" ", post.mentions())), safe(post.source())));
            account(row, dataset, post.accountId(), targets, truthOrNull, synthetic);
            p.printRecord(row);
        }
        for (Engagement e : dataset.engagements()) {
            row.clear();
            row.addAll(List.of(e.type() == Engagement.Type.LIKE ? "like" : "share", "", safe(e.accountId()),
                    IsoUtc.format(e.time()), "", "", "", safe(e.postId()), "", "", "", ""));
            account(row, dataset, e.accountId(), targets, truthOrNull, synthetic);
            p.printRecord(row);
        }
        p.flush();
        w.flush();
    }

    private static void account(List<String> row, Dataset d, String id, Set<String> targets, GroundTruth truth,
                                boolean synthetic) {
        Account a = d.account(id).orElseThrow(() -> new IllegalArgumentException("account " + id + " is not in the"
                + " dataset"));
        row.add(safe(a.handle()));
        row.add(safe(a.displayName()));
        row.add(a.hasCreatedAt() ? IsoUtc.format(a.createdAt()) : "");
        row.add(a.hasFollowers() ? Integer.toString(a.followers()) : "");
        row.add(a.following() >= 0 ? Integer.toString(a.following()) : "");
        row.add(targets.contains(id) ? "true" : "");
        if (truth != null) {
            row.add(truth.account(id).map(t -> t.cls().label()).orElse(""));
        }
        if (synthetic) {
            row.add("true");
        }
    }

    private static String safe(String text) {
        return SpreadsheetSafe.cell(text);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The generic-preset mapping that reads this CSV back (times ISO-8601 UTC, spreadsheet-safe cells restored). */
    public static ImportSettings importSettings() {
        ImportSettings s = ImportSettings.of(Preset.GENERIC).withSpreadsheetSafe(true);
        for (Map.Entry<Field, String> e : Map.ofEntries(Map.entry(Field.ENGAGEMENT, "kind"),
                Map.entry(Field.ID, "post_id"), Map.entry(Field.ACCOUNT, "account_id"), Map.entry(Field.TIME, "time"),
                Map.entry(Field.LANG, "lang"), Map.entry(Field.TEXT, "text"), Map.entry(Field.REPLY_TO, "reply_to"),
                Map.entry(Field.OBJECT, "object"), Map.entry(Field.LINK, "links"), Map.entry(Field.HASHTAGS, "hashtags"),
                Map.entry(Field.MENTIONS, "mentions"), Map.entry(Field.SOURCE, "source"),
                Map.entry(Field.HANDLE, "handle"), Map.entry(Field.DISPLAY_NAME, "display_name"),
                Map.entry(Field.CREATED_AT, "account_created_at"), Map.entry(Field.FOLLOWERS, "followers"),
                Map.entry(Field.FOLLOWING, "following"), Map.entry(Field.TARGET, "target")).entrySet()) {
            s = s.withColumn(e.getKey(), e.getValue());
        }
        return s;
    }

    /** {@link #importSettings()} plus the {@code class} column as labels. */
    public static ImportSettings importSettingsWithLabels() {
        return importSettings().withLabelColumn("class");
    }
}
