package org.spamouflage.sandbox.detection.text;

import java.util.List;

/**
 * The result of {@link NearDuplicates}: which family each post belongs to, and the families.
 * Family ids are 0…{@code families().size() − 1}, numbered by each family's smallest post index, so the
 * same input and settings always give the same ids. Posts without any near duplicate have family −1.
 */
public final class DuplicateFamilies {

    /** Counts that explain what the run did (shown in evidence and in the benchmark). */
    public record Stats(int posts, int emptyTexts, int shortTexts, int distinctTexts, int hashedTexts,
                        long similarityChecks, int oversizedBuckets, int postsInFamilies) {
    }

    private final int[] familyOf;
    private final List<DuplicateFamily> families;
    private final Stats stats;

    DuplicateFamilies(int[] familyOf, List<DuplicateFamily> families, Stats stats) {
        this.familyOf = familyOf;
        this.families = List.copyOf(families);
        this.stats = stats;
    }

    /** Number of posts in the input. */
    public int postCount() {
        return familyOf.length;
    }

    /** Family id of the post at {@code postIndex}, or −1 when it has no near duplicate. */
    public int familyOf(int postIndex) {
        return familyOf[postIndex];
    }

    /** A copy of the post → family id array. */
    public int[] familyIds() {
        return familyOf.clone();
    }

    /** All families, by id. */
    public List<DuplicateFamily> families() {
        return families;
    }

    public DuplicateFamily family(int id) {
        return families.get(id);
    }

    public Stats stats() {
        return stats;
    }
}
