package org.spamouflage.sandbox.dataset;

import java.util.ArrayList;
import java.util.List;

/** Collects reading problems and gives up once there are {@link DatasetFolder#MAX_PROBLEMS}. */
final class Problems {
    private final List<DatasetFolderException.Problem> list = new ArrayList<>();

    void add(String file, long line, String field, String message) throws DatasetFolderException {
        list.add(new DatasetFolderException.Problem(file, line, field, message));
        if (list.size() >= DatasetFolder.MAX_PROBLEMS) {
            list.add(new DatasetFolderException.Problem(file, 0, "",
                    "stopped after " + DatasetFolder.MAX_PROBLEMS + " problems"));
            throw new DatasetFolderException(list);
        }
    }

    /** Adds a problem that makes going on pointless, and throws with everything found so far. */
    DatasetFolderException fatal(String file, long line, String field, String message) {
        list.add(new DatasetFolderException.Problem(file, line, field, message));
        return new DatasetFolderException(list);
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
