package org.spamouflage.sandbox.detection.coaction;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;

/**
 * A compact, immutable, columnar table of actions: one row per action (a share, a comment, a use of
 * a hashtag), with the object acted on, the acting account, the time in epoch seconds and a source
 * index pointing back to where the action came from (the data row of a CSV file, the index of a
 * post in a {@code Dataset}), so evidence can name the original post.
 *
 * <p>Memory: 20 bytes per row (four primitive columns) plus one {@code String} per distinct account
 * and object; no per-row objects.
 *
 * <p>Accounts are numbered in {@link CodePointOrder} of their ids, so comparing two account
 * indices compares their ids and anything sorted by index is sorted by id, independent of the
 * order rows arrived in. Objects keep the index they were given (first-seen order); results never
 * depend on object numbering.
 */
public final class ActionTable {

    /**
     * Largest accepted |time| in epoch seconds (about 31 million years): keeps every time
     * difference far from {@code long} overflow.
     */
    public static final long MAX_ABS_TIME = 1_000_000_000_000_000L;

    private final String[] accountIds;
    private final String[] objectIds;
    private final int[] account;
    private final int[] object;
    private final long[] time;
    private final int[] source;
    private final int size;
    private volatile int[] accountActionCounts;
    private volatile int[][] rowsByAccount;

    private ActionTable(String[] accountIds, String[] objectIds, int[] account, int[] object, long[] time,
                        int[] source, int size) {
        this.accountIds = accountIds;
        this.objectIds = objectIds;
        this.account = account;
        this.object = object;
        this.time = time;
        this.source = source;
        this.size = size;
    }

    /**
     * Builds a table from columns whose first {@code size} entries are used. Account and object
     * values are indices into the id arrays. Ids must be unique within each array (checked for
     * accounts; object ids are only labels). The arrays are taken over, not copied: the caller must
     * not modify them afterwards. Account indices are renumbered into code-point order of the ids.
     *
     * @throws IllegalArgumentException on an index out of range, a time beyond {@link #MAX_ABS_TIME}
     *                                  or a duplicate account id
     */
    public static ActionTable fromColumns(String[] accountIds, String[] objectIds, int[] account, int[] object,
                                          long[] time, int[] source, int size) {
        if (size < 0 || size > account.length || size > object.length || size > time.length || size > source.length) {
            throw new IllegalArgumentException("size " + size + " exceeds a column's length");
        }
        int nAccounts = accountIds.length;
        int nObjects = objectIds.length;
        for (int i = 0; i < size; i++) {
            if (time[i] > MAX_ABS_TIME || time[i] < -MAX_ABS_TIME) {
                throw new IllegalArgumentException("row " + i + ": time " + time[i] + " outside ±" + MAX_ABS_TIME + " s");
            }
            if (account[i] < 0 || account[i] >= nAccounts) {
                throw new IllegalArgumentException("row " + i + ": account index " + account[i] + " outside [0," + nAccounts + ")");
            }
            if (object[i] < 0 || object[i] >= nObjects) {
                throw new IllegalArgumentException("row " + i + ": object index " + object[i] + " outside [0," + nObjects + ")");
            }
        }
        // Renumber accounts into code-point order: sort a permutation, not the strings themselves,
        // so the old→new mapping comes for free.
        int[] perm = new int[nAccounts];
        for (int i = 0; i < nAccounts; i++) {
            perm[i] = i;
        }
        // Without surrogates, UTF-16 order is code-point order, and String.compareTo is much faster.
        boolean surrogates = false;
        for (int i = 0; i < nAccounts && !surrogates; i++) {
            surrogates = CodePointOrder.hasSurrogate(accountIds[i]);
        }
        if (surrogates) {
            IntArrays.quickSort(perm, (p, q) -> CodePointOrder.compareStrings(accountIds[p], accountIds[q]));
        } else {
            IntArrays.quickSort(perm, (p, q) -> accountIds[p].compareTo(accountIds[q]));
        }
        String[] sorted = new String[nAccounts];
        int[] rank = new int[nAccounts];
        for (int r = 0; r < nAccounts; r++) {
            sorted[r] = accountIds[perm[r]];
            rank[perm[r]] = r;
            if (r > 0 && sorted[r].equals(sorted[r - 1])) {
                throw new IllegalArgumentException("duplicate account id '" + sorted[r] + "'");
            }
        }
        for (int i = 0; i < size; i++) {
            account[i] = rank[account[i]];
        }
        return new ActionTable(sorted, objectIds, account, object, time, source, size);
    }

    /** A builder that interns string ids; convenient for datasets and tests (not the fast CSV path). */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of actions (rows). */
    public int size() {
        return size;
    }

    /** Number of distinct accounts, including any that have no action left after filtering. */
    public int accountCount() {
        return accountIds.length;
    }

    /** Number of distinct objects. */
    public int objectCount() {
        return objectIds.length;
    }

    /** The id of account index {@code a}; indices are in code-point order of ids. */
    public String accountId(int a) {
        return accountIds[a];
    }

    /** Index of the account with this id, or −1. O(log accounts). */
    public int indexOfAccount(String id) {
        int lo = 0;
        int hi = accountIds.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = CodePointOrder.compareStrings(accountIds[mid], id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The id of object index {@code o}. */
    public String objectId(int o) {
        return objectIds[o];
    }

    /** The account index of row {@code row}. */
    public int account(int row) {
        return account[row];
    }

    /** The object index of row {@code row}. */
    public int object(int row) {
        return object[row];
    }

    /** The time of row {@code row}, epoch seconds. */
    public long time(int row) {
        return time[row];
    }

    /** Where row {@code row} came from (CSV data row number, post index…), as given by the producer. */
    public int source(int row) {
        return source[row];
    }

    /** Number of actions of account {@code a}. */
    public int actionsOf(int a) {
        return accountActionCounts()[a];
    }

    /**
     * The rows of account {@code a}, ascending. The index over all accounts is built on first use
     * (O(n), 4 bytes per row) and kept.
     */
    public int[] rowsOf(int a) {
        int[][] idx = rowsByAccount;
        if (idx == null) {
            int[] counts = accountActionCounts();
            idx = new int[accountIds.length][];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = new int[counts[i]];
            }
            int[] fill = new int[accountIds.length];
            for (int row = 0; row < size; row++) {
                int acc = account[row];
                idx[acc][fill[acc]++] = row;
            }
            rowsByAccount = idx;
        }
        return idx[a].clone();
    }

    /** Number of accounts with at least one action. */
    public int activeAccountCount() {
        int n = 0;
        for (int c : accountActionCounts()) {
            if (c > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The rows whose account is marked in {@code keep}; ids and numbering are unchanged, so an
     * account index means the same account in both tables.
     */
    public ActionTable retainAccounts(boolean[] keep) {
        return retainRows(row -> keep[account[row]]);
    }

    /**
     * The rows not marked in {@code drop} (one flag per row); ids and numbering are unchanged, so an account
     * index means the same account in both tables. Sources are kept, so evidence still names the original.
     */
    public ActionTable withoutRows(boolean[] drop) {
        return retainRows(row -> !drop[row]);
    }

    private ActionTable retainRows(java.util.function.IntPredicate keep) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(i)) {
                n++;
            }
        }
        int[] acc = new int[n];
        int[] obj = new int[n];
        long[] t = new long[n];
        int[] src = new int[n];
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(i)) {
                acc[j] = account[i];
                obj[j] = object[i];
                t[j] = time[i];
                src[j] = source[i];
                j++;
            }
        }
        return new ActionTable(accountIds, objectIds, acc, obj, t, src, n);
    }

    // Raw columns for the sweep in this package; never handed out.
    int[] accountColumn() {
        return account;
    }

    int[] objectColumn() {
        return object;
    }

    long[] timeColumn() {
        return time;
    }

    private int[] accountActionCounts() {
        int[] c = accountActionCounts;
        if (c == null) {
            c = new int[accountIds.length];
            for (int i = 0; i < size; i++) {
                c[account[i]]++;
            }
            accountActionCounts = c;
        }
        return c;
    }

    @Override
    public String toString() {
        return "ActionTable[" + size + " actions, " + accountIds.length + " accounts, " + objectIds.length + " objects]";
    }

    /** Collects actions by string id; {@link #build()} numbers accounts in code-point order. */
    public static final class Builder {
        private final Object2IntOpenHashMap<String> accounts = newIndex();
        private final Object2IntOpenHashMap<String> objects = newIndex();
        private String[] accountIds = new String[16];
        private String[] objectIds = new String[16];
        private int[] account = new int[16];
        private int[] object = new int[16];
        private long[] time = new long[16];
        private int[] source = new int[16];
        private int size;

        private Builder() {
        }

        /** Adds one action. */
        public Builder add(String objectId, String accountId, long epochSeconds, int sourceIndex) {
            if (objectId == null || accountId == null) {
                throw new IllegalArgumentException("object and account ids must not be null");
            }
            if (size == account.length) {
                int cap = size * 2;
                account = Arrays.copyOf(account, cap);
                object = Arrays.copyOf(object, cap);
                time = Arrays.copyOf(time, cap);
                source = Arrays.copyOf(source, cap);
            }
            account[size] = intern(accounts, accountId, true);
            object[size] = intern(objects, objectId, false);
            time[size] = epochSeconds;
            source[size] = sourceIndex;
            size++;
            return this;
        }

        private static Object2IntOpenHashMap<String> newIndex() {
            Object2IntOpenHashMap<String> m = new Object2IntOpenHashMap<>();
            m.defaultReturnValue(-1);
            return m;
        }

        private int intern(Object2IntOpenHashMap<String> map, String id, boolean isAccount) {
            int next = map.size();
            int idx = map.putIfAbsent(id, next);
            if (idx >= 0) {
                return idx;
            }
            if (isAccount) {
                if (next == accountIds.length) {
                    accountIds = Arrays.copyOf(accountIds, next * 2);
                }
                accountIds[next] = id;
            } else {
                if (next == objectIds.length) {
                    objectIds = Arrays.copyOf(objectIds, next * 2);
                }
                objectIds[next] = id;
            }
            return next;
        }

        /** The table; the builder must not be used afterwards. */
        public ActionTable build() {
            return fromColumns(Arrays.copyOf(accountIds, accounts.size()), Arrays.copyOf(objectIds, objects.size()),
                    account, object, time, source, size);
        }
    }
}
