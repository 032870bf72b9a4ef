package org.spamouflage.sandbox.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Post;

/** Fixture access and small builders shared by the ingest tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String resource) {
        URL url = Fixtures.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult load(String fixture, ImportSettings settings) throws ImportException {
        return Importer.importFile(path("ingest/" + fixture), settings);
    }

    static List<String> messages(ImportResult r) {
        return r.errors().stream().map(RowError::message).toList();
    }

    /** A CooRTweet share as the preset makes it. */
    static Post share(String id, String account, long time, String object) {
        return new Post(id, account, time, "", "", null, object, List.of(), List.of(), List.of(), "", "");
    }

    /** An account known only by its id. */
    static Account bare(String id) {
        return new Account(id, id, "", Account.UNKNOWN, -1, -1, "", "", false);
    }

    static ImportSettings generic(String account, String time) {
        return ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, account).withColumn(Field.TIME, time);
    }
}
