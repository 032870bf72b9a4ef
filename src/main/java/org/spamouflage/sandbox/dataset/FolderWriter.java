package org.spamouflage.sandbox.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a dataset folder streaming, through buffered streams, Jackson's streaming generator and
 * {@link CsvOut} (Commons CSV's quoting, faster), never building trees. The JSON Lines files and the CSV files are written on two
 * threads (one pass over the posts each); every file is written start to end by one thread, so
 * the bytes never depend on scheduling.
 *
 * <p><b>{@code coortweet.csv}</b> has CooRTweet's columns
 * {@code object_id,account_id,content_id,timestamp_share}. A post becomes one row per distinct
 * object it points at, in this order: the post it replies to ({@code reply_to}), the object it
 * re-shares ({@code shared_object}), then each link in the order written. {@code content_id} is the
 * post's own id and {@code timestamp_share} its time in Unix seconds. A post pointing at nothing
 * (no reply, no share, no link; empty ids count as nothing) has no row; hashtags and mentions are not objects here (detection
 * builds its co-hashtag layer from the dataset itself). Objects are written as they are: a
 * replied-to post id and a URL live in the same column, as in CooRTweet's own inputs.
 */
final class FolderWriter {

    static final String SYNTHETIC_NOTE = "Synthetic data made by Spamouflage Sandbox for teaching: every account,"
            + " person, post, politician, party and outlet in this folder is invented. Any resemblance to real"
            + " people is coincidental. Do not present these records as real social-media data.";
    static final String IMPORTED_NOTE = "Imported data, not synthetic: handle it as its source's terms and"
            + " privacy rules require. A coordination score is not proof of inauthenticity.";

    static final String[] POSTS_CSV_HEADER = {"post_id", "account_id", "created_at", "lang", "text", "reply_to",
        "shared_object", "links", "hashtags", "mentions", "platform", "source", "synthetic"};
    static final String[] COORTWEET_HEADER = {"object_id", "account_id", "content_id", "timestamp_share"};
    static final String[] TRUTH_HEADER = {"account_id", "class", "cell", "operator", "origin", "role"};
    static final String[] POST_TRUTH_HEADER = {"post_id", "campaign", "kind", "template_id"};

    private static final int BUFFER = 1 << 16;
    /** Emoji are written as UTF-8 (not as escaped surrogate pairs) so the files stay readable. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final Dataset dataset;
    private final GroundTruth truth;
    /** Per file: records (-1 when not a table) and bytes; filled by two threads, looked up, never iterated. */
    private final Map<String, long[]> fileStats = new ConcurrentHashMap<>();

    FolderWriter(Dataset dataset, GroundTruth truth) {
        this.dataset = dataset;
        this.truth = truth;
    }

    void write(Path dir) throws IOException {
        checkInvariants();
        Files.createDirectories(dir);
        // The manifest goes first and comes back last, so an interrupted write leaves a folder
        // that every reader rejects as incomplete instead of a stale manifest over new files.
        Files.deleteIfExists(dir.resolve(DatasetFolder.MANIFEST));
        if (truth == null) {
            Files.deleteIfExists(dir.resolve(DatasetFolder.TRUTH_CSV));
            Files.deleteIfExists(dir.resolve(DatasetFolder.POST_TRUTH_CSV));
        }
        // Two independent halves on two threads: each file is still written start to end by one
        // thread, so the bytes do not depend on scheduling.
        ExecutorService csvSide = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dataset-folder-csv");
            t.setDaemon(true);
            return t;
        });
        // Split by measured size: posts.jsonl alone is about as big as everything else together.
        Future<Void> csv = csvSide.submit(() -> {
            writeCsvViews(dir);
            writeEngagements(dir);
            if (truth != null) {
                writeTruth(dir);
                writePostTruth(dir);
            }
            return null;
        });
        try {
            writeAccounts(dir);
            writePostsJsonl(dir);
            writeTargets(dir);
            await(csv);
        } catch (IOException | RuntimeException e) {
            csv.cancel(true);
            throw e;
        } finally {
            csvSide.shutdownNow();
        }
        writeReadme(dir);
        writeManifest(dir);
    }

    private static void await(Future<Void> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the dataset folder");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    // ---- invariants -------------------------------------------------------------------------

    private void checkInvariants() {
        List<String> problems = new ArrayList<>();
        Set<String> accountIds = new HashSet<>(dataset.accounts().size() * 2);
        for (Account a : dataset.accounts()) {
            if (!accountIds.add(a.id())) {
                add(problems, "account id \"" + a.id() + "\" occurs more than once");
            }
            if (a.hasCreatedAt()) {
                checkTime(problems, a.createdAt(), "account " + a.id() + " created_at");
            }
        }
        Set<String> postIds = new HashSet<>(dataset.posts().size() * 2);
        for (Post p : dataset.posts()) {
            if (!postIds.add(p.id())) {
                add(problems, "post id \"" + p.id() + "\" occurs more than once");
            }
            if (!accountIds.contains(p.accountId())) {
                add(problems, "post " + p.id() + " is by account \"" + p.accountId() + "\", which is not in the dataset");
            }
            checkTime(problems, p.time(), "post " + p.id() + " time");
        }
        for (Engagement e : dataset.engagements()) {
            if (!accountIds.contains(e.accountId())) {
                add(problems, "an engagement is by account \"" + e.accountId() + "\", which is not in the dataset");
            }
            checkTime(problems, e.time(), "engagement time");
        }
        for (Target t : dataset.targets()) {
            if (!accountIds.contains(t.accountId())) {
                add(problems, "target account \"" + t.accountId() + "\" is not in the dataset");
            }
        }
        if (truth != null) {
            for (GroundTruth.AccountTruth t : truth.accounts().values()) {
                if (!accountIds.contains(t.accountId())) {
                    add(problems, "ground truth names account \"" + t.accountId() + "\", which is not in the dataset");
                }
                if (t.cls() == null) {
                    add(problems, "ground truth for account \"" + t.accountId() + "\" has no class");
                }
            }
            for (GroundTruth.PostTruth t : truth.posts().values()) {
                if (!postIds.contains(t.postId())) {
                    add(problems, "ground truth names post \"" + t.postId() + "\", which is not in the dataset");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the dataset cannot be written: " + String.join("; ", problems));
        }
    }

    private static void add(List<String> problems, String problem) {
        if (problems.size() < 10) {
            problems.add(problem);
        } else if (problems.size() == 10) {
            problems.add("…");
        }
    }

    private static void checkTime(List<String> problems, long t, String what) {
        try {
            if (t < -62_167_219_200L || t > 253_402_300_799L) {
                IsoUtc.format(t);
            }
        } catch (IllegalArgumentException e) {
            add(problems, what + " " + t + " is out of range");
        }
    }

    // ---- JSON Lines -------------------------------------------------------------------------

    private void writeAccounts(Path dir) throws IOException {
        try (Jsonl out = new Jsonl(dir, DatasetFolder.ACCOUNTS)) {
            JsonGenerator g = out.gen;
            for (Account a : dataset.accounts()) {
                g.writeStartObject();
                g.writeStringField("account_id", a.id());
                g.writeStringField("handle", a.handle());
                g.writeStringField("display_name", a.displayName());
                if (a.hasCreatedAt()) {
                    g.writeStringField("created_at", IsoUtc.format(a.createdAt()));
                } else {
                    g.writeNullField("created_at");
                }
                writeCount(g, "followers", a.followers());
                writeCount(g, "following", a.following());
                g.writeStringField("bio", a.bio());
                g.writeStringField("avatar", a.avatar());
                g.writeBooleanField("synthetic", a.synthetic());
                out.endRecord();
            }
        }
    }

    /** -1 means "not known" in the model and null in the file. */
    private static void writeCount(JsonGenerator g, String name, int value) throws IOException {
        if (value == -1) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private void writePostsJsonl(Path dir) throws IOException {
        boolean synthetic = dataset.info().synthetic();
        try (Jsonl jsonl = new Jsonl(dir, DatasetFolder.POSTS)) {
            JsonGenerator g = jsonl.gen;
            for (Post p : dataset.posts()) {
                g.writeStartObject();
                g.writeStringField("post_id", p.id());
                g.writeStringField("account_id", p.accountId());
                g.writeStringField("created_at", IsoUtc.format(p.time()));
                g.writeStringField("lang", p.lang());
                g.writeStringField("text", p.text());
                writeNullable(g, "reply_to", p.replyTo());
                writeNullable(g, "shared_object", p.sharedObject());
                writeList(g, "links", p.links());
                writeList(g, "hashtags", p.hashtags());
                writeList(g, "mentions", p.mentions());
                g.writeStringField("platform", p.platform());
                g.writeStringField("source", p.source());
                g.writeBooleanField("synthetic", synthetic);
                jsonl.endRecord();
            }
        }
    }

    /** posts.csv and coortweet.csv in one pass over the posts. */
    private void writeCsvViews(Path dir) throws IOException {
        String syntheticCell = Boolean.toString(dataset.info().synthetic());
        try (Csv csv = new Csv(dir, DatasetFolder.POSTS_CSV, POSTS_CSV_HEADER);
             Csv coortweet = new Csv(dir, DatasetFolder.COORTWEET_CSV, COORTWEET_HEADER)) {
            Set<String> objects = new LinkedHashSet<>();
            for (Post p : dataset.posts()) {
                // text from the data is made spreadsheet-safe; the time and the flag are not text
                csv.out.row(safe(p.id()), safe(p.accountId()), IsoUtc.format(p.time()), safe(p.lang()), safe(p.text()),
                        safe(orEmpty(p.replyTo())), safe(orEmpty(p.sharedObject())),
                        safe(String.join(DatasetFolder.LIST_SEPARATOR, p.links())),
                        safe(String.join(DatasetFolder.LIST_SEPARATOR, p.hashtags())),
                        safe(String.join(DatasetFolder.LIST_SEPARATOR, p.mentions())), safe(p.platform()),
                        safe(p.source()), syntheticCell);

                objects.clear();
                addObject(objects, p.replyTo());
                addObject(objects, p.sharedObject());
                for (String link : p.links()) {
                    addObject(objects, link);
                }
                if (!objects.isEmpty()) {
                    String ts = Long.toString(p.time());
                    String account = safe(p.accountId());
                    String content = safe(p.id());
                    for (String object : objects) {
                        coortweet.out.row(safe(object), account, content, ts);
                    }
                }
            }
        }
    }

    private static String safe(String text) {
        return SpreadsheetSafe.cell(text);
    }

    /** Empty ids point at nothing, so they make no CooRTweet row. */
    private static void addObject(Set<String> objects, String object) {
        if (object != null && !object.isEmpty()) {
            objects.add(object);
        }
    }

    private void writeEngagements(Path dir) throws IOException {
        boolean synthetic = dataset.info().synthetic();
        try (Jsonl out = new Jsonl(dir, DatasetFolder.ENGAGEMENTS)) {
            JsonGenerator g = out.gen;
            for (Engagement e : dataset.engagements()) {
                g.writeStartObject();
                g.writeStringField("account_id", e.accountId());
                g.writeStringField("post_id", e.postId());
                g.writeStringField("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("created_at", IsoUtc.format(e.time()));
                g.writeBooleanField("synthetic", synthetic);
                out.endRecord();
            }
        }
    }

    private void writeTargets(Path dir) throws IOException {
        boolean synthetic = dataset.info().synthetic();
        try (Jsonl out = new Jsonl(dir, DatasetFolder.TARGETS)) {
            JsonGenerator g = out.gen;
            for (Target t : dataset.targets()) {
                g.writeStartObject();
                g.writeStringField("account_id", t.accountId());
                g.writeStringField("name", t.name());
                g.writeStringField("party", t.party());
                g.writeStringField("role", t.role());
                g.writeStringField("province", t.province());
                g.writeBooleanField("synthetic", synthetic);
                out.endRecord();
            }
        }
    }

    private static void writeNullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    private static void writeList(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- labels -----------------------------------------------------------------------------

    private void writeTruth(Path dir) throws IOException {
        try (Csv csv = new Csv(dir, DatasetFolder.TRUTH_CSV, TRUTH_HEADER)) {
            for (GroundTruth.AccountTruth t : truth.accounts().values()) {
                csv.out.row(safe(t.accountId()), t.cls().label(), optionalNumber(t.cell()),
                        optionalNumber(t.operator()), safe(t.origin()), t.role().label());
            }
        }
    }

    private void writePostTruth(Path dir) throws IOException {
        try (Csv csv = new Csv(dir, DatasetFolder.POST_TRUTH_CSV, POST_TRUTH_HEADER)) {
            for (GroundTruth.PostTruth t : truth.posts().values()) {
                csv.out.row(safe(t.postId()), Boolean.toString(t.campaign()), t.kind(), optionalNumber(t.templateId()));
            }
        }
    }

    /** -1 means "none" in the model and an empty cell in the file (NA in R and pandas). */
    private static String optionalNumber(int value) {
        return value == -1 ? "" : Integer.toString(value);
    }

    // ---- README and manifest ------------------------------------------------------------------

    private void writeReadme(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        boolean synthetic = dataset.info().synthetic();
        b.append("Spamouflage Sandbox dataset folder (format ").append(DatasetFolder.FORMAT_VERSION).append(")\n\n");
        if (synthetic) {
            b.append("SYNTHETIC DATA. ").append(SYNTHETIC_NOTE).append("\n\n");
        } else {
            b.append(IMPORTED_NOTE).append("\n\n");
        }
        b.append("Source: ").append(dataset.info().source()).append('\n');
        if (!dataset.info().scenarioName().isEmpty()) {
            b.append("Scenario: ").append(dataset.info().scenarioName()).append(", seed ")
                    .append(dataset.info().seed()).append('\n');
        }
        b.append('\n');
        b.append("Files (UTF-8, LF line endings; times in UTC):\n");
        b.append("  manifest.json      format version, source, scenario hash, seed, period, counts, file list\n");
        b.append("  accounts.jsonl     one account per line (JSON Lines)\n");
        b.append("  posts.jsonl        one post or comment per line\n");
        b.append("  engagements.jsonl  one like or bare re-share per line\n");
        b.append("  targets.jsonl      the public figures whose posts are commented on\n");
        b.append("  posts.csv          the posts as a flat table (created_at ISO-8601 UTC; list cells joined\n");
        b.append("                     by a single space)\n");
        b.append("  coortweet.csv      CooRTweet's columns object_id,account_id,content_id,timestamp_share:\n");
        b.append("                     one row per post and object it points at (replied-to post, re-shared\n");
        b.append("                     object, each link); timestamp_share in Unix seconds\n");
        if (truth != null) {
            b.append("  truth.csv          the answer key per account: class (organic, campaign, background),\n");
            b.append("                     campaign cell, operator and origin, and the role of honest accounts\n");
            b.append("                     that coordinate openly (advocacy, news, fan-ring, hashtag-game)\n");
            b.append("  post_truth.csv     the answer key per post: campaign or not, how its text was made,\n");
            b.append("                     template id\n");
        }
        b.append('\n');
        b.append("Detection never reads truth.csv or post_truth.csv; evaluation does.\n");
        b.append("Format details: docs/dataset-folder.md in the Spamouflage Sandbox repository.\n");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(DatasetFolder.README), bytes);
        fileStats.put(DatasetFolder.README, new long[] {-1, bytes.length});
    }

    private void writeManifest(Path dir) throws IOException {
        DatasetInfo info = dataset.info();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (OutputStream os = Files.newOutputStream(dir.resolve(DatasetFolder.MANIFEST));
             JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("format", "spamouflage-sandbox dataset folder");
            g.writeNumberField("format_version", DatasetFolder.FORMAT_VERSION);
            g.writeBooleanField("synthetic", info.synthetic());
            g.writeStringField("note", info.synthetic() ? SYNTHETIC_NOTE : IMPORTED_NOTE);
            g.writeStringField("source", info.source());
            g.writeObjectFieldStart("scenario");
            g.writeStringField("name", info.scenarioName());
            g.writeStringField("hash", info.scenarioHash());
            g.writeEndObject();
            g.writeNumberField("seed", info.seed());
            g.writeObjectFieldStart("period");
            g.writeStringField("start", IsoUtc.format(info.start()));
            g.writeStringField("end", IsoUtc.format(info.end()));
            g.writeEndObject();
            // empty = nobody said where the audience lives: night posting and hour-of-week then abstain
            g.writeStringField("audience_time_zone", info.audienceTimeZone());
            g.writeObjectFieldStart("counts");
            g.writeNumberField("accounts", dataset.accounts().size());
            g.writeNumberField("posts", dataset.posts().size());
            g.writeNumberField("engagements", dataset.engagements().size());
            g.writeNumberField("targets", dataset.targets().size());
            g.writeEndObject();
            if (truth == null) {
                g.writeNullField("truth");
            } else {
                writeTruthCounts(g);
            }
            g.writeArrayFieldStart("files");
            for (String name : DatasetFolder.FILES) {
                long[] stats = fileStats.get(name);
                if (stats == null) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("name", name);
                if (stats[0] >= 0) {
                    g.writeNumberField("records", stats[0]);
                }
                g.writeNumberField("bytes", stats[1]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private void writeTruthCounts(JsonGenerator g) throws IOException {
        Map<AccountClass, long[]> accounts = new EnumMap<>(AccountClass.class);
        Map<AccountClass, long[]> posts = new EnumMap<>(AccountClass.class);
        for (AccountClass c : AccountClass.values()) {
            accounts.put(c, new long[1]);
            posts.put(c, new long[1]);
        }
        Map<AccountRole, long[]> roles = new EnumMap<>(AccountRole.class);
        for (AccountRole r : AccountRole.values()) {
            roles.put(r, new long[1]);
        }
        for (GroundTruth.AccountTruth t : truth.accounts().values()) {
            accounts.get(t.cls())[0]++;
            roles.get(t.role())[0]++;
        }
        long unlabelledPosts = 0;
        for (Post p : dataset.posts()) {
            GroundTruth.AccountTruth t = truth.accounts().get(p.accountId());
            if (t == null) {
                unlabelledPosts++;
            } else {
                posts.get(t.cls())[0]++;
            }
        }
        long campaignPosts = 0;
        for (GroundTruth.PostTruth t : truth.posts().values()) {
            if (t.campaign()) {
                campaignPosts++;
            }
        }
        g.writeObjectFieldStart("truth");
        g.writeObjectFieldStart("accounts_by_class");
        for (AccountClass c : AccountClass.values()) {
            g.writeNumberField(c.label(), accounts.get(c)[0]);
        }
        g.writeNumberField("unlabelled", dataset.accounts().size() - truth.accounts().size());
        g.writeEndObject();
        g.writeObjectFieldStart("accounts_by_role");
        for (AccountRole r : AccountRole.values()) {
            if (r.isAuthenticCoordination()) {
                g.writeNumberField(r.label(), roles.get(r)[0]);
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("posts_by_account_class");
        for (AccountClass c : AccountClass.values()) {
            g.writeNumberField(c.label(), posts.get(c)[0]);
        }
        g.writeNumberField("unlabelled", unlabelledPosts);
        g.writeEndObject();
        g.writeNumberField("campaign_posts", campaignPosts);
        g.writeNumberField("labelled_posts", truth.posts().size());
        g.writeEndObject();
    }

    // ---- streams ----------------------------------------------------------------------------

    /** Counts bytes so the manifest can list each file's size. */
    private static final class CountingStream extends FilterOutputStream {
        long bytes;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }

    /** One JSON Lines file: records separated by LF, no separator Jackson would add itself. */
    private final class Jsonl implements AutoCloseable {
        final String name;
        final CountingStream counter;
        final JsonGenerator gen;
        long rows;

        Jsonl(Path dir, String name) throws IOException {
            this.name = name;
            this.counter = new CountingStream(
                    new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), BUFFER));
            this.gen = JSON.createGenerator(counter, JsonEncoding.UTF8);
            this.gen.setRootValueSeparator(null);
        }

        void endRecord() throws IOException {
            gen.writeEndObject();
            gen.writeRaw('\n');
            rows++;
        }

        @Override
        public void close() throws IOException {
            gen.close();
            fileStats.put(name, new long[] {rows, counter.bytes});
        }
    }

    /** One CSV file with a header row; counts data rows. */
    private final class Csv implements AutoCloseable {
        final String name;
        final CountingStream counter;
        final Writer writer;
        final CsvOut out;

        Csv(Path dir, String name, String[] header) throws IOException {
            this.name = name;
            this.counter = new CountingStream(
                    new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), BUFFER));
            this.writer = new BufferedWriter(new OutputStreamWriter(counter, StandardCharsets.UTF_8), BUFFER);
            this.out = new CsvOut(writer);
            out.row(header);
        }

        @Override
        public void close() throws IOException {
            writer.close();
            fileStats.put(name, new long[] {out.rows() - 1, counter.bytes});
        }
    }
}
