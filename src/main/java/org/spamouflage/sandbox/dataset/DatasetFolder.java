package org.spamouflage.sandbox.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dataset folder: one folder per dataset, written by {@code generate} and {@code import} and
 * read by every later command. The format (version {@value #FORMAT_VERSION}) is documented in
 * {@code docs/dataset-folder.md}; in short:
 *
 * <ul>
 *   <li>{@code manifest.json}: format version, {@code synthetic}, source, scenario name and hash,
 *       seed, period, counts, the file list. Written last: a folder without it is incomplete.</li>
 *   <li>{@code accounts.jsonl}, {@code posts.jsonl}, {@code engagements.jsonl},
 *       {@code targets.jsonl}: one JSON object per line; the complete data, read back by
 *       {@link #read(Path)}.</li>
 *   <li>{@code posts.csv}: a flat table of the posts for spreadsheets, R and pandas.</li>
 *   <li>{@code coortweet.csv}: the posts as CooRTweet's share table: one row per post and distinct
 *       object it points at (the replied-to post, the re-shared object, each link), time in Unix
 *       seconds; posts that point at nothing have no row.</li>
 *   <li>{@code truth.csv}, {@code post_truth.csv}: the labels, only when ground truth is known.</li>
 *   <li>{@code README.txt}: what each file is, for someone who finds the folder.</li>
 * </ul>
 *
 * <p>Output is byte-identical for equal inputs: UTF-8 without BOM, LF line endings, fixed field
 * order, locale-independent numbers, no wall-clock time, no hash-order iteration.
 *
 * <p>Invariants the writer checks and the reader enforces: account and post ids are unique; every
 * post, engagement, target and truth row names an account in {@code accounts.jsonl}; every post
 * truth row names a post in {@code posts.jsonl}. Post references ({@code reply_to},
 * {@code shared_object}, an engagement's {@code post_id}) may point outside the dataset, as they
 * do in real data.
 */
public final class DatasetFolder {

    /** The folder format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public static final String MANIFEST = "manifest.json";
    public static final String ACCOUNTS = "accounts.jsonl";
    public static final String POSTS = "posts.jsonl";
    public static final String ENGAGEMENTS = "engagements.jsonl";
    public static final String TARGETS = "targets.jsonl";
    public static final String POSTS_CSV = "posts.csv";
    public static final String COORTWEET_CSV = "coortweet.csv";
    public static final String TRUTH_CSV = "truth.csv";
    public static final String POST_TRUTH_CSV = "post_truth.csv";
    public static final String README = "README.txt";

    /** Every file name of the format: {@code --force} overwrites these and only these. */
    public static final List<String> FILES = List.of(MANIFEST, ACCOUNTS, POSTS, ENGAGEMENTS, TARGETS, POSTS_CSV,
            COORTWEET_CSV, TRUTH_CSV, POST_TRUTH_CSV, README);

    /**
     * Caps applied when reading, so a huge or hostile folder fails with a message instead of
     * exhausting memory. Posts: as many as the text layer takes in one call
     * ({@code NearDuplicates.MAX_POSTS}, 20 million), so an archive of tens of millions of posts (the
     * 2018 IRA release: about 9 million tweets) is read whole; detection needs about 1.4 KB of heap a post
     * at its peak (13.2 GiB for 9.9 million posts, BENCHMARKS.md, "Scale"), and {@code detect --data} warns
     * before reading when the heap is short. Engagements: two per post, the ratio of the generated scenarios.
     */
    public static final long MAX_ACCOUNTS = 5_000_000;
    public static final long MAX_POSTS = 20_000_000;
    public static final long MAX_ENGAGEMENTS = 40_000_000;
    public static final long MAX_TARGETS = 100_000;

    /** Reading stops after this many problems: the first ones are enough to see what is wrong. */
    public static final int MAX_PROBLEMS = 100;

    /** Separator of list values (links, hashtags, mentions) inside one {@code posts.csv} cell. */
    public static final String LIST_SEPARATOR = " ";

    /**
     * A dataset read back from a folder.
     *
     * @param dataset the data
     * @param truth   the labels, or null when the folder has none
     */
    public record Contents(Dataset dataset, GroundTruth truth) {
        public Optional<GroundTruth> groundTruth() {
            return Optional.ofNullable(truth);
        }
    }

    /** Limits for reading; {@link #DEFAULT} holds the documented caps. Smaller caps serve tests. */
    record Caps(long accounts, long posts, long engagements, long targets) {
        static final Caps DEFAULT = new Caps(MAX_ACCOUNTS, MAX_POSTS, MAX_ENGAGEMENTS, MAX_TARGETS);
    }

    private DatasetFolder() {
    }

    /**
     * Writes a dataset (and its labels, if given) into {@code dir}, creating the folder if needed.
     * Files of the format already there are replaced; stale label files are removed when
     * {@code truth} is null; other files are left alone. Whether to write into a non-empty folder
     * at all is the caller's decision.
     *
     * @param truth the labels, or null (imports without labels)
     * @throws IllegalArgumentException when the dataset breaks an invariant (duplicate ids,
     *                                  unknown accounts, times out of range)
     * @throws IOException              when the folder cannot be written
     */
    public static void write(Dataset dataset, GroundTruth truth, Path dir) throws IOException {
        new FolderWriter(dataset, truth).write(dir);
    }

    /** Reads the dataset and, when the folder holds them, the labels. */
    public static Contents read(Path dir) throws DatasetFolderException, IOException {
        return new FolderReader(dir, Caps.DEFAULT).read(true);
    }

    /**
     * Reads the dataset only; the labels are not loaded even when present. Detection uses this so
     * ground truth never enters its process memory by accident.
     */
    public static Dataset readDataset(Path dir) throws DatasetFolderException, IOException {
        return new FolderReader(dir, Caps.DEFAULT).read(false).dataset();
    }

    /** Reads the labels of a folder ({@code truth.csv} and, if present, {@code post_truth.csv}). */
    public static GroundTruth readTruth(Path dir) throws DatasetFolderException, IOException {
        return new FolderReader(dir, Caps.DEFAULT).readTruthOnly();
    }

    /** Reads {@code manifest.json} only. */
    public static Manifest readManifest(Path dir) throws DatasetFolderException, IOException {
        return new FolderReader(dir, Caps.DEFAULT).readManifest();
    }

    static Contents read(Path dir, Caps caps) throws DatasetFolderException, IOException {
        return new FolderReader(dir, caps).read(true);
    }
}
