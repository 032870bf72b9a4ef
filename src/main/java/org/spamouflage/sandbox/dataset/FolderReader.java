package org.spamouflage.sandbox.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectOpenHashSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a dataset folder back: the manifest, the four JSON Lines files and (on request) the label
 * CSVs. {@code posts.csv} and {@code coortweet.csv} are derived views and are not read. Every
 * problem names the file, the line and the field; reading goes on after a bad record so that
 * one run shows all problems (up to {@link DatasetFolder#MAX_PROBLEMS}).
 */
final class FolderReader {

    private static final long MAX_MANIFEST_BYTES = 1 << 20;
    private static final ObjectMapper MANIFEST_MAPPER = new ObjectMapper();
    /** Label files hold short cells; this bound keeps one absurd cell from exhausting memory. */
    private static final long MAX_TRUTH_BYTES = 1L << 30;
    private static final String MEMORY = "the cap keeps memory bounded (a loaded post or account takes up to about"
            + " 1 KB of heap); split the data or sample it";

    private static final String[] ACCOUNT_FIELDS = {"account_id", "handle", "display_name", "created_at", "followers",
        "following", "bio", "avatar", "synthetic"};
    private static final String[] POST_FIELDS = {"post_id", "account_id", "created_at", "lang", "text", "reply_to",
        "shared_object", "links", "hashtags", "mentions", "platform", "source", "synthetic"};
    private static final String[] ENGAGEMENT_FIELDS = {"account_id", "post_id", "type", "created_at", "synthetic"};
    private static final String[] TARGET_FIELDS = {"account_id", "name", "party", "role", "province", "synthetic"};

    private final Path dir;
    private final DatasetFolder.Caps caps;
    private final Problems problems = new Problems();
    /** Repeated short values (languages, platforms, kinds) share one String instance. */
    private final Map<String, String> interned = new HashMap<>();
    /** Records found per JSON Lines file, looked up by name (never iterated). */
    private final Map<String, Long> recordsSeen = new HashMap<>();

    FolderReader(Path dir, DatasetFolder.Caps caps) {
        this.dir = dir;
        this.caps = caps;
    }

    DatasetFolder.Contents read(boolean withTruth) throws DatasetFolderException, IOException {
        Manifest manifest = readManifest();
        checkCaps(manifest);
        // Every post and engagement names its account: the ids are kept in an open-addressing set (fastutil) whose
        // get returns the shared instance, where a HashMap to the accounts touched a node and the account as well
        // (bench-1m: reading 3.6-3.8 s -> 3.2-3.5 s). It is only read once the accounts are in, here and on the
        // engagement thread, and never iterated. (The same for the posts by id was slower than the HashMap.)
        ObjectOpenHashSet<String> accounts = new ObjectOpenHashSet<>((int) Math.min(manifest.accounts(),
                caps.accounts()));
        List<Account> accountList = readAccounts(manifest, accounts);
        Map<String, Post> posts = new HashMap<>(capacity(manifest.posts()));
        // The engagements are read on a second thread while this one reads the posts (they are the two large
        // files and need only the accounts); their problems are replayed after the posts', so the outcome is
        // that of reading one file after the other.
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<EngagementsRead> engagementTask = CompletableFuture.supplyAsync(
                () -> readEngagements(manifest.engagements(), accounts, stop), work -> {
                    Thread thread = new Thread(work, "read-engagements");
                    thread.setDaemon(true);
                    thread.start();
                });
        List<Post> postList;
        try {
            postList = readPosts(manifest.posts(), accounts, posts);
        } catch (DatasetFolderException | IOException | RuntimeException | Error e) {
            stop.set(true); // read in sequence, the engagements would not have been read at all
            engagementTask.exceptionally(ignored -> null).join();
            throw e;
        }
        List<Engagement> engagements = adopt(await(engagementTask), posts);
        List<Target> targets = readTargets(accounts);
        checkCount(DatasetFolder.ACCOUNTS, manifest.accounts());
        checkCount(DatasetFolder.POSTS, manifest.posts());
        checkCount(DatasetFolder.ENGAGEMENTS, manifest.engagements());
        checkCount(DatasetFolder.TARGETS, manifest.targets());
        GroundTruth truth = null;
        if (withTruth && (manifest.hasTruth() || Files.exists(dir.resolve(DatasetFolder.TRUTH_CSV)))) {
            truth = readTruth(accounts, posts.keySet());
        }
        problems.throwIfAny();
        return new DatasetFolder.Contents(new Dataset(manifest.info(), accountList, postList, engagements, targets),
                truth);
    }

    /** A HashMap capacity that holds {@code n} entries without resizing (n is already capped). */
    private static int capacity(long n) {
        return (int) Math.min(1 << 30, n * 4 / 3 + 16);
    }

    GroundTruth readTruthOnly() throws DatasetFolderException, IOException {
        checkFolder();
        GroundTruth truth = readTruth(null, null);
        problems.throwIfAny();
        return truth;
    }

    // ---- manifest -----------------------------------------------------------------------------

    Manifest readManifest() throws DatasetFolderException, IOException {
        checkFolder();
        String file = DatasetFolder.MANIFEST;
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw problems.fatal(file, 0, "", "is missing: " + dir + " is not a dataset folder, or writing it was"
                    + " interrupted (the manifest is written last)");
        }
        if (Files.size(path) > MAX_MANIFEST_BYTES) {
            throw problems.fatal(file, 0, "", "is larger than " + MAX_MANIFEST_BYTES + " bytes; a manifest is a few"
                    + " hundred bytes");
        }
        JsonNode root;
        try {
            root = MANIFEST_MAPPER.readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw problems.fatal(file, line, "", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw problems.fatal(file, 0, "", "must be a JSON object");
        }
        JsonNode version = root.get("format_version");
        if (version == null || !version.canConvertToExactIntegral()) {
            throw problems.fatal(file, 0, "format_version", "must be a whole number (this program reads version "
                    + DatasetFolder.FORMAT_VERSION + ")");
        }
        if (version.asLong() != DatasetFolder.FORMAT_VERSION) {
            throw problems.fatal(file, 0, "format_version", version.asText() + " is not supported: this program"
                    + " reads version " + DatasetFolder.FORMAT_VERSION
                    + (version.asLong() > DatasetFolder.FORMAT_VERSION ? " (the folder was written by a newer"
                    + " Spamouflage Sandbox)" : ""));
        }
        boolean synthetic = manifestBoolean(root, "synthetic");
        String source = manifestString(root.get("source"), "source");
        JsonNode scenario = root.path("scenario");
        String scenarioName = manifestString(scenario.get("name"), "scenario.name");
        String scenarioHash = manifestString(scenario.get("hash"), "scenario.hash");
        long seed = manifestLong(root.get("seed"), "seed");
        long start = manifestTime(root.path("period").get("start"), "period.start");
        long end = manifestTime(root.path("period").get("end"), "period.end");
        String audienceZone = audienceZone(root.get("audience_time_zone"));
        JsonNode counts = root.path("counts");
        long accounts = manifestCount(counts.get("accounts"), "counts.accounts");
        long posts = manifestCount(counts.get("posts"), "counts.posts");
        long engagements = manifestCount(counts.get("engagements"), "counts.engagements");
        long targets = manifestCount(counts.get("targets"), "counts.targets");
        JsonNode truth = root.get("truth");
        if (truth != null && !truth.isNull() && !truth.isObject()) {
            problems.add(file, 0, "truth", "must be an object or null");
        }
        problems.throwIfAny();
        return new Manifest(DatasetFolder.FORMAT_VERSION,
                new DatasetInfo(synthetic, source, scenarioName, scenarioHash, seed, start, end, audienceZone),
                accounts, posts, engagements, targets, truth != null && truth.isObject());
    }

    /** Optional (folders written before it existed have none): empty, or a time zone name. */
    private String audienceZone(JsonNode n) throws DatasetFolderException {
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            problems.add(DatasetFolder.MANIFEST, 0, "audience_time_zone", "must be a time zone name or empty, found " + n);
            return "";
        }
        String z = n.asText().strip();
        if (!z.isEmpty()) {
            try {
                java.time.ZoneId.of(z);
            } catch (java.time.DateTimeException e) {
                problems.add(DatasetFolder.MANIFEST, 0, "audience_time_zone", "\"" + z
                        + "\" is not a time zone (allowed: an IANA name such as America/Toronto, or empty)");
                return "";
            }
        }
        return z;
    }

    private boolean manifestBoolean(JsonNode root, String field) throws DatasetFolderException {
        JsonNode n = root.get(field);
        if (n == null || !n.isBoolean()) {
            problems.add(DatasetFolder.MANIFEST, 0, field, n == null ? "is missing" : "must be true or false, found "
                    + n);
            return false;
        }
        return n.asBoolean();
    }

    private String manifestString(JsonNode n, String field) throws DatasetFolderException {
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            problems.add(DatasetFolder.MANIFEST, 0, field, "must be a string, found " + n);
            return "";
        }
        return n.asText();
    }

    private long manifestLong(JsonNode n, String field) throws DatasetFolderException {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
            problems.add(DatasetFolder.MANIFEST, 0, field, n == null ? "is missing"
                    : "must be a whole number, found " + n);
            return 0;
        }
        return n.asLong();
    }

    private long manifestCount(JsonNode n, String field) throws DatasetFolderException {
        long v = manifestLong(n, field);
        if (v < 0) {
            problems.add(DatasetFolder.MANIFEST, 0, field, "must not be negative, found " + v);
        }
        return v;
    }

    private long manifestTime(JsonNode n, String field) throws DatasetFolderException {
        if (n == null || !n.isTextual()) {
            problems.add(DatasetFolder.MANIFEST, 0, field, n == null ? "is missing"
                    : "must be an ISO-8601 UTC time string like \"2023-08-07T00:00:00Z\", found " + n);
            return 0;
        }
        try {
            return IsoUtc.parse(n.asText());
        } catch (IllegalArgumentException e) {
            problems.add(DatasetFolder.MANIFEST, 0, field, e.getMessage());
            return 0;
        }
    }

    private void checkFolder() throws DatasetFolderException {
        if (!Files.isDirectory(dir)) {
            throw problems.fatal(dir.toString(), 0, "", Files.exists(dir) ? "is a file, not a dataset folder"
                    : "no such folder");
        }
    }

    private void checkCaps(Manifest m) throws DatasetFolderException {
        capCheck("counts.accounts", m.accounts(), caps.accounts(), "accounts");
        capCheck("counts.posts", m.posts(), caps.posts(), "posts");
        capCheck("counts.engagements", m.engagements(), caps.engagements(), "engagements");
        capCheck("counts.targets", m.targets(), caps.targets(), "targets");
        problems.throwIfAny();
    }

    private void capCheck(String field, long count, long cap, String what) throws DatasetFolderException {
        if (count > cap) {
            problems.add(DatasetFolder.MANIFEST, 0, field, count + " " + what + " is over the cap of " + cap
                    + "; " + MEMORY);
        }
    }

    /** Compares the records found in a file (bad ones included) with the manifest's count. */
    private void checkCount(String file, long promised) throws DatasetFolderException {
        long actual = recordsSeen.getOrDefault(file, 0L);
        if (actual != promised) {
            problems.add(file, 0, "", "has " + actual + " records but manifest.json says " + promised
                    + " (was the file cut short or edited?)");
        }
    }

    private Path requireFile(String file) throws DatasetFolderException {
        return requireFile(file, problems);
    }

    private Path requireFile(String file, Problems into) throws DatasetFolderException {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) {
            throw into.fatal(file, 0, "", "is missing from " + dir);
        }
        return p;
    }

    // ---- JSON Lines -----------------------------------------------------------------------------

    private List<Account> readAccounts(Manifest manifest, ObjectOpenHashSet<String> ids)
            throws DatasetFolderException, IOException {
        requireFile(DatasetFolder.ACCOUNTS);
        List<Account> list = new ArrayList<>((int) Math.min(manifest.accounts(), caps.accounts()));
        try (JsonlReader r = new JsonlReader(dir, DatasetFolder.ACCOUNTS, ACCOUNT_FIELDS, problems,
                caps.accounts(), MEMORY)) {
            while (r.next()) {
                String id = r.requiredString(0);
                String handle = r.optionalString(1);
                String displayName = r.optionalString(2);
                long createdAt = r.time(3, Account.UNKNOWN);
                int followers = r.optionalInt(4, -1);
                int following = r.optionalInt(5, -1);
                String bio = r.optionalString(6);
                String avatar = intern(r.optionalString(7));
                boolean synthetic = r.optionalBoolean(8, manifest.info().synthetic());
                if (r.ok()) {
                    Account a = new Account(id, handle, displayName, createdAt, followers, following, bio, avatar,
                            synthetic);
                    if (ids.add(id)) {
                        list.add(a);
                    } else {
                        r.bad("account_id", "\"" + JsonlReader.abbreviate(id) + "\" occurs more than once");
                    }
                }
            }
            recordsSeen.put(DatasetFolder.ACCOUNTS, r.records());
        }
        return list;
    }

    private List<Post> readPosts(long expected, ObjectOpenHashSet<String> accounts, Map<String, Post> byId)
            throws DatasetFolderException, IOException {
        requireFile(DatasetFolder.POSTS);
        List<Post> list = new ArrayList<>((int) Math.min(expected, caps.posts()));
        try (JsonlReader r = new JsonlReader(dir, DatasetFolder.POSTS, POST_FIELDS, problems, caps.posts(), MEMORY)) {
            r.arrayStrings(this::intern);
            while (r.next()) {
                String id = r.requiredString(0);
                String accountId = knownAccount(r, 1, accounts);
                long time = r.time(2, null);
                String lang = intern(r.optionalString(3));
                String text = r.optionalString(4);
                String replyTo = r.optionalString(5);
                String shared = r.optionalString(6);
                List<String> links = r.strings(7);
                List<String> hashtags = r.strings(8);
                List<String> mentions = r.strings(9);
                String platform = intern(r.optionalString(10));
                String source = intern(r.optionalString(11));
                r.optionalBoolean(12, false);
                if (r.ok()) {
                    Post p = new Post(id, accountId, time, lang, text, replyTo, shared, links, hashtags, mentions,
                            platform, source);
                    if (byId.putIfAbsent(id, p) == null) {
                        list.add(p);
                    } else {
                        r.bad("post_id", "\"" + JsonlReader.abbreviate(id) + "\" occurs more than once");
                    }
                }
            }
            recordsSeen.put(DatasetFolder.POSTS, r.records());
        }
        return list;
    }

    /** What the engagement thread read: the records, or the exception that ended reading, and its problems. */
    private record EngagementsRead(EngagementColumns columns, long records, Problems problems, Exception failure) {
    }

    /**
     * The good engagement records as the second thread reads them, before they become {@link Engagement}s in
     * {@link #adopt}: each distinct post id is kept once and numbered, so the strings of the ids (most of an
     * engagement's memory) are not made once per engagement and dropped, and each engagement record is made
     * once, with the post's own id instance. At 10 M posts and 19 M engagements this is about 1.5 GB less to
     * allocate and collect while the posts are read.
     */
    private static final class EngagementColumns {
        private static final Engagement.Type[] TYPES = Engagement.Type.values();
        private final Object2IntOpenHashMap<String> postNumbers = new Object2IntOpenHashMap<>();
        private final List<String> postIds = new ArrayList<>();
        private final List<String> accountIds;
        private final IntArrayList posts;
        private final ByteArrayList types;
        private final LongArrayList times;

        EngagementColumns(int expected) {
            postNumbers.defaultReturnValue(-1);
            accountIds = new ArrayList<>(expected);
            posts = new IntArrayList(expected);
            types = new ByteArrayList(expected);
            times = new LongArrayList(expected);
        }

        void add(String accountId, String postId, Engagement.Type type, long time) {
            int number = postNumbers.putIfAbsent(postId, postIds.size());
            if (number < 0) {
                number = postIds.size();
                postIds.add(postId);
            }
            accountIds.add(accountId);
            posts.add(number);
            types.add((byte) type.ordinal());
            times.add(time);
        }

        /** The records in reading order, each post id replaced by its post's own instance when there is one. */
        List<Engagement> records(Map<String, Post> byId) {
            String[] ids = new String[postIds.size()];
            for (int i = 0; i < ids.length; i++) {
                Post p = byId.get(postIds.get(i));
                ids[i] = p != null ? p.id() : postIds.get(i);
            }
            List<Engagement> list = new ArrayList<>(posts.size());
            for (int i = 0; i < posts.size(); i++) {
                list.add(new Engagement(accountIds.get(i), ids[posts.getInt(i)], TYPES[types.getByte(i)],
                        times.getLong(i)));
            }
            return list;
        }
    }

    /**
     * Reads engagements.jsonl into problems of its own (it runs beside {@link #readPosts}); the records are
     * made afterwards, with the posts' own id instances, in {@link #adopt}. Stops early when {@code stop} is
     * set (the posts failed, so the sequence would never have reached this file).
     */
    private EngagementsRead readEngagements(long expected, ObjectOpenHashSet<String> accounts, AtomicBoolean stop) {
        Problems own = new Problems();
        EngagementColumns columns = new EngagementColumns((int) Math.min(expected, caps.engagements()));
        long records = 0;
        try {
            requireFile(DatasetFolder.ENGAGEMENTS, own);
            try (JsonlReader r = new JsonlReader(dir, DatasetFolder.ENGAGEMENTS, ENGAGEMENT_FIELDS, own,
                    caps.engagements(), MEMORY)) {
                records = readEngagements(r, accounts, columns, stop);
            }
        } catch (DatasetFolderException | IOException e) {
            return new EngagementsRead(columns, records, own, e);
        }
        return new EngagementsRead(columns, records, own, null);
    }

    private static long readEngagements(JsonlReader r, ObjectOpenHashSet<String> accounts, EngagementColumns columns,
                                        AtomicBoolean stop) throws DatasetFolderException, IOException {
        while (!stop.get() && r.next()) {
            String accountId = knownAccount(r, 0, accounts);
            String postId = r.requiredString(1);
            String typeText = r.requiredString(2);
            long time = r.time(3, null);
            r.optionalBoolean(4, false);
            Engagement.Type type = null;
            if (typeText != null) {
                type = switch (typeText) {
                    case "like" -> Engagement.Type.LIKE;
                    case "share" -> Engagement.Type.SHARE;
                    default -> null;
                };
                if (type == null) {
                    r.bad("type", "\"" + JsonlReader.abbreviate(typeText) + "\" is not an engagement type;"
                            + " allowed: like, share");
                }
            }
            if (r.ok()) {
                columns.add(accountId, postId, type, time);
            }
        }
        return r.records();
    }

    /**
     * The engagements as reading them after the posts gives them: problems replayed in order after the posts'
     * (the cap counts both), the first exception rethrown, and each post id replaced by its post's own
     * instance (a dataset holds one copy of each id).
     */
    private List<Engagement> adopt(EngagementsRead read, Map<String, Post> posts)
            throws DatasetFolderException, IOException {
        problems.replay(read.problems());
        if (read.failure() instanceof IOException e) {
            throw e;
        }
        if (read.failure() instanceof DatasetFolderException e) {
            throw new IllegalStateException("a reading failure without its problem", e);
        }
        recordsSeen.put(DatasetFolder.ENGAGEMENTS, read.records());
        return read.columns().records(posts);
    }

    /** The engagement thread's result; its unchecked exception (a bug, out of memory) is rethrown as it was. */
    private static EngagementsRead await(CompletableFuture<EngagementsRead> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private List<Target> readTargets(ObjectOpenHashSet<String> accounts) throws DatasetFolderException, IOException {
        requireFile(DatasetFolder.TARGETS);
        List<Target> list = new ArrayList<>();
        try (JsonlReader r = new JsonlReader(dir, DatasetFolder.TARGETS, TARGET_FIELDS, problems, caps.targets(),
                "the cap keeps memory bounded")) {
            while (r.next()) {
                String accountId = knownAccount(r, 0, accounts);
                String name = r.optionalString(1);
                String party = intern(r.optionalString(2));
                String role = intern(r.optionalString(3));
                String province = intern(r.optionalString(4));
                r.optionalBoolean(5, false);
                if (r.ok()) {
                    list.add(new Target(accountId, name, party, role, province));
                }
            }
            recordsSeen.put(DatasetFolder.TARGETS, r.records());
        }
        return list;
    }

    /** An account id that must be in accounts.jsonl; returns the shared instance to save memory. */
    private static String knownAccount(JsonlReader r, int slot, ObjectOpenHashSet<String> accounts)
            throws DatasetFolderException {
        String id = r.requiredString(slot);
        if (id == null || id.isEmpty()) {
            return null;
        }
        String known = accounts.get(id);
        if (known == null) {
            r.bad("account_id", "account \"" + JsonlReader.abbreviate(id) + "\" is not in accounts.jsonl");
            return null;
        }
        return known;
    }

    private String intern(String s) {
        if (s == null || s.length() > 40) {
            return s;
        }
        String known = interned.get(s);
        if (known != null) {
            return known;
        }
        if (interned.size() < 100_000) {
            interned.put(s, s);
        }
        return s;
    }

    // ---- labels ---------------------------------------------------------------------------------

    /**
     * @param accountIds the dataset's accounts, or null when only the labels are read
     * @param postIds    the dataset's posts, or null when only the labels are read
     */
    private GroundTruth readTruth(Set<String> accountIds, Set<String> postIds)
            throws DatasetFolderException, IOException {
        List<GroundTruth.AccountTruth> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        readCsv(DatasetFolder.TRUTH_CSV, FolderWriter.TRUTH_HEADER, 2, caps.accounts(), (line, cells) -> {
            String file = DatasetFolder.TRUTH_CSV;
            String id = SpreadsheetSafe.restore(cells.get(0));
            boolean ok = true;
            if (id.isEmpty()) {
                problems.add(file, line, "account_id", "must not be empty");
                ok = false;
            } else if (accountIds != null && !accountIds.contains(id)) {
                problems.add(file, line, "account_id", "account \"" + JsonlReader.abbreviate(id)
                        + "\" is not in accounts.jsonl");
                ok = false;
            } else if (!seen.add(id)) {
                problems.add(file, line, "account_id", "\"" + JsonlReader.abbreviate(id) + "\" occurs more than once");
                ok = false;
            }
            AccountClass cls = null;
            String label = cells.get(1);
            for (AccountClass c : AccountClass.values()) {
                if (c.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                    cls = c;
                }
            }
            if (cls == null) {
                problems.add(file, line, "class", "\"" + JsonlReader.abbreviate(label)
                        + "\" is not a class; allowed: organic, campaign, background");
                ok = false;
            }
            Integer cell = optionalIndex(file, line, "cell", cells, 2);
            Integer operator = optionalIndex(file, line, "operator", cells, 3);
            String origin = intern(SpreadsheetSafe.restore(cells.get(4)));
            // Folders written before roles existed have no role column: every account has none.
            AccountRole role = AccountRole.fromLabel(cells.get(5)).orElse(null);
            if (role == null) {
                problems.add(file, line, "role", "\"" + JsonlReader.abbreviate(cells.get(5)) + "\" is not a role; allowed: "
                        + AccountRole.allowed());
                ok = false;
            }
            if (ok && cell != null && operator != null) {
                accounts.add(new GroundTruth.AccountTruth(id, cls, cell, operator, origin, role));
            }
        });
        List<GroundTruth.PostTruth> posts = new ArrayList<>();
        Set<String> seenPosts = new HashSet<>();
        if (Files.exists(dir.resolve(DatasetFolder.POST_TRUTH_CSV))) {
            readCsv(DatasetFolder.POST_TRUTH_CSV, FolderWriter.POST_TRUTH_HEADER, 2, caps.posts(), (line, cells) -> {
                String file = DatasetFolder.POST_TRUTH_CSV;
                String id = SpreadsheetSafe.restore(cells.get(0));
                boolean ok = true;
                if (id.isEmpty()) {
                    problems.add(file, line, "post_id", "must not be empty");
                    ok = false;
                } else if (postIds != null && !postIds.contains(id)) {
                    problems.add(file, line, "post_id", "post \"" + JsonlReader.abbreviate(id)
                            + "\" is not in posts.jsonl");
                    ok = false;
                } else if (!seenPosts.add(id)) {
                    problems.add(file, line, "post_id", "\"" + JsonlReader.abbreviate(id) + "\" occurs more than once");
                    ok = false;
                }
                String campaign = cells.get(1).trim().toLowerCase(Locale.ROOT);
                if (!campaign.equals("true") && !campaign.equals("false")) {
                    problems.add(file, line, "campaign", "\"" + JsonlReader.abbreviate(cells.get(1))
                            + "\" must be true or false");
                    ok = false;
                }
                String kind = intern(cells.get(2));
                Integer template = optionalIndex(file, line, "template_id", cells, 3);
                if (ok && template != null) {
                    posts.add(new GroundTruth.PostTruth(id, campaign.equals("true"), kind, template));
                }
            });
        }
        return new GroundTruth(accounts, posts);
    }

    /** An empty cell (or a missing trailing column) means -1; otherwise a whole number ≥ -1. */
    private Integer optionalIndex(String file, long line, String column, List<String> cells, int at)
            throws DatasetFolderException {
        String v = cells.get(at).trim();
        if (v.isEmpty()) {
            return -1;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= -1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(file, line, column, "\"" + JsonlReader.abbreviate(v) + "\" must be empty or a whole number ≥ 0");
        return null;
    }

    private interface RowHandler {
        void row(long line, List<String> cells) throws DatasetFolderException;
    }

    /**
     * Reads a CSV whose header must start with the first {@code minCells} names of {@code header};
     * the other columns of {@code header} are optional and found by name, unknown columns are
     * ignored. Rows reach the handler with their cells in {@code header} order ("" for an absent
     * column). Strict UTF-8; a leading BOM is skipped.
     */
    private void readCsv(String file, String[] header, int minCells, long maxRows, RowHandler handler)
            throws DatasetFolderException, IOException {
        Path path = requireFile(file);
        if (Files.size(path) > MAX_TRUTH_BYTES) {
            throw problems.fatal(file, 0, "", "is larger than " + MAX_TRUTH_BYTES + " bytes; " + MEMORY);
        }
        try (InputStream in = Files.newInputStream(path);
             Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                     1 << 16);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
            long line = 0;
            int[] columnOf = null;
            try {
                for (CSVRecord record : parser) {
                    line = record.getRecordNumber();
                    if (line == 1) {
                        columnOf = columns(file, header, minCells, record.toList());
                        continue;
                    }
                    if (line - 1 > maxRows) {
                        throw problems.fatal(file, line, "", "more than " + maxRows + " rows; " + MEMORY);
                    }
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue;
                    }
                    if (record.size() < minCells) {
                        problems.add(file, line, header[record.size()], "is missing (the row has " + record.size()
                                + " cell" + (record.size() == 1 ? "" : "s") + ", at least " + minCells
                                + " are needed)");
                        continue;
                    }
                    List<String> cells = new ArrayList<>(header.length);
                    for (int c : columnOf) {
                        cells.add(c >= 0 && c < record.size() ? record.get(c) : "");
                    }
                    handler.row(line, cells);
                }
            } catch (UncheckedIOException e) {
                throw problems.fatal(file, line + 1, "", "cannot be read as CSV (UTF-8, comma-separated, double"
                        + " quotes): " + e.getCause().getMessage());
            }
            if (line == 0) {
                throw problems.fatal(file, 0, "", "is empty; the first line must be the header "
                        + String.join(",", header));
            }
        }
    }

    /** Where each column of {@code header} is in the file (-1 when an optional one is absent). */
    private int[] columns(String file, String[] header, int required, List<String> found)
            throws DatasetFolderException {
        List<String> names = new ArrayList<>(found.size());
        for (String name : found) {
            names.add(stripBom(name).trim());
        }
        for (int i = 0; i < required; i++) {
            if (i >= names.size() || !names.get(i).equals(header[i])) {
                throw problems.fatal(file, 1, "", "the header must start with "
                        + String.join(",", List.of(header).subList(0, required)) + ", found "
                        + JsonlReader.abbreviate(String.join(",", names)));
            }
        }
        int[] columnOf = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            columnOf[i] = names.indexOf(header[i]);
        }
        return columnOf;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
