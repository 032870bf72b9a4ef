package org.spamouflage.sandbox.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects reading problems and gives up once there are {@link DatasetFolder#MAX_PROBLEMS}.
 *
 * <p>A file read on a second thread collects into a {@code Problems} of its own, which is then
 * {@linkplain #replay replayed} into the main one in file order: the problems, the point where reading
 * gives up and the exception are then exactly those of reading the files one after the other.
 */
final class Problems {
    private final List<DatasetFolderException.Problem> list = new ArrayList<>();
    /** Index in {@link #list} of the "stopped after" entry added by the cap, or −1. */
    private int capMarker = -1;
    /** Index in {@link #list} of the problem passed to {@link #fatal}, or −1. */
    private int fatalAt = -1;

    void add(String file, long line, String field, String message) throws DatasetFolderException {
        list.add(new DatasetFolderException.Problem(file, line, field, message));
        if (list.size() >= DatasetFolder.MAX_PROBLEMS) {
            capMarker = list.size();
            list.add(new DatasetFolderException.Problem(file, 0, "",
                    "stopped after " + DatasetFolder.MAX_PROBLEMS + " problems"));
            throw new DatasetFolderException(list);
        }
    }

    /** Adds a problem that makes going on pointless, and throws with everything found so far. */
    DatasetFolderException fatal(String file, long line, String field, String message) {
        fatalAt = list.size();
        list.add(new DatasetFolderException.Problem(file, line, field, message));
        return new DatasetFolderException(list);
    }

    /**
     * Adds the problems {@code later} collected, as if they had been added here one by one: the cap
     * applies to the sum, and a fatal problem among them throws here.
     */
    void replay(Problems later) throws DatasetFolderException {
        for (int i = 0; i < later.list.size(); i++) {
            DatasetFolderException.Problem p = later.list.get(i);
            if (i == later.capMarker) {
                continue; // the cap of the sum is reached at or before this point and says so itself
            }
            if (i == later.fatalAt) {
                throw fatal(p.file(), p.line(), p.field(), p.message());
            }
            add(p.file(), p.line(), p.field(), p.message());
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() throws DatasetFolderException {
        if (!list.isEmpty()) {
            throw new DatasetFolderException(list);
        }
    }
}
