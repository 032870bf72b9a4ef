package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spamouflage.sandbox.dataset.Post;

/** The packed-key sort must order posts exactly as the plain comparator (time, then id) does. */
class PostOrderProperties {

    /** 300 drawn cases: up to 400 times in 0..30 and up to 400 ids in 0..50; plus fixed edge cases. */
    static Stream<Arguments> timesAndIds() {
        return cases(300, r -> Arguments.of(list(r, 0, 400, e -> intBetween(e, 0, 30)),
                        list(r, 0, 400, e -> intBetween(e, 0, 50))),
                edge("no posts", List.of(), List.of()),
                edge("one post", List.of(7), List.of(3)),
                edge("no ids drawn: ids p0, p1, ... p10 sort as text", Collections.nCopies(12, 5), List.of()),
                edge("400 posts with one time and one id", Collections.nCopies(400, 0), Collections.nCopies(400, 0)),
                edge("times descending", List.of(30, 20, 10, 0), List.of(50, 10, 2, 1)));
    }

    @ParameterizedTest
    @MethodSource("timesAndIds")
    void packedKeySortEqualsComparatorSort(List<Integer> times, List<Integer> ids) {
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
