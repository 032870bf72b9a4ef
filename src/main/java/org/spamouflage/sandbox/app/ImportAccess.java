package org.spamouflage.sandbox.app;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.spamouflage.sandbox.store.ImportedDataset;

/**
 * Who is asking for imports: the owner tokens the browser holds and whether a signed-in instructor
 * asks. An import is listed, opened, exported and deleted only by its owner (the browser whose token
 * made it, or one that opened its "keep this link" address) or an instructor; to anyone else it
 * does not exist ("not found", the same answer as for an id that was never used).
 *
 * @param tokens     the browser's owner tokens (well-formed ones only)
 * @param instructor true for a signed-in instructor, who sees every import
 */
public record ImportAccess(List<String> tokens, boolean instructor) {
    /** Nobody: no token, not an instructor. */
    public static final ImportAccess NOBODY = new ImportAccess(List.of(), false);
    /** A signed-in instructor without a token of their own: sees every import. */
    public static final ImportAccess INSTRUCTOR = new ImportAccess(List.of(), true);

    public ImportAccess {
        tokens = tokens.stream().filter(OwnerTokens::wellFormed).distinct().toList();
    }

    public static ImportAccess owner(String token) {
        return new ImportAccess(List.of(token), false);
    }

    public static ImportAccess of(Collection<String> tokens, boolean instructor) {
        return new ImportAccess(List.copyOf(tokens), instructor);
    }

    /** The token new imports are kept under: the browser's first, or empty when it has none. */
    public String ownerToken() {
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    /** The hashes of {@link #tokens}, as the database keeps them. */
    public Set<String> hashes() {
        Set<String> out = new TreeSet<>();
        tokens.forEach(t -> out.add(OwnerTokens.hash(t)));
        return out;
    }

    /** True when this asker may see {@code d}. */
    public boolean allows(ImportedDataset d) {
        return instructor || (d.ownerHash() != null && hashes().contains(d.ownerHash()));
    }
}
