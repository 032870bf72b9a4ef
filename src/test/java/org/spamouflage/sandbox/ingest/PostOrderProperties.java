package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.spamouflage.sandbox.dataset.Post;

/** The packed-key sort must order posts exactly as the plain comparator (time, then id) does. */
class PostOrderProperties {

    @Property(tries = 300)
    void packedKeySortEqualsComparatorSort(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 30) Integer> times,
                                           @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 50) Integer> ids) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            // few distinct times and ids: many ties, and the same id at different times
            String id = "p" + (i < ids.size() ? ids.get(i) : i);
            posts.add(Fixtures.share(id, "a", 1_600_000_000L + times.get(i), "o"));
        }
        Post[] expected = posts.toArray(new Post[0]);
        Arrays.sort(expected, DatasetAssembler.BY_TIME_THEN_ID);
        assertThat(DatasetAssembler.sortByTimeThenId(posts)).containsExactly(expected);
    }
}
