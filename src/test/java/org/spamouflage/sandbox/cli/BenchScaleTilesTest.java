package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Generator;

/** {@code bench scale --tiles}: copies with their own seeds and prefixed ids, every reference kept inside its copy. */
class BenchScaleTilesTest {

    @Test
    void threeCopiesHoldEachSeedsDataWithPrefixedIdsAndReferencesInsideTheirCopy() throws Exception {
        Scenario s = ScenarioSource.resolve("classroom-small");
        Dataset one = Generator.generate(s, 5).dataset();
        Dataset two = Generator.generate(s, 6).dataset();
        Dataset three = Generator.generate(s, 7).dataset();
        var generatedTiles = BenchScaleCommand.tiled(s, 5, 3);
        Dataset tiled = generatedTiles.dataset();

        assertThat(tiled.accounts()).hasSize(one.accounts().size() + two.accounts().size() + three.accounts().size());
        assertThat(tiled.posts()).hasSize(one.posts().size() + two.posts().size() + three.posts().size());
        assertThat(tiled.engagements())
                .hasSize(one.engagements().size() + two.engagements().size() + three.engagements().size());
        assertThat(tiled.accounts().get(one.accounts().size()).id()).isEqualTo("t1-" + two.accounts().get(0).id());

        Set<String> ids = new HashSet<>();
        tiled.posts().forEach(p -> ids.add(p.id()));
        assertThat(ids).hasSize(tiled.posts().size());
        long replies = 0;
        for (Post p : tiled.posts()) {
            String copy = p.id().substring(0, 3);
            assertThat(p.accountId()).startsWith(copy);
            if (p.replyTo() != null) {
                replies++;
                assertThat(p.replyTo()).startsWith(copy);
                assertThat(ids).contains(p.replyTo());
            }
        }
        assertThat(replies).as("the scenario has replies to check").isPositive();
        for (Engagement e : tiled.engagements()) {
            assertThat(e.postId().substring(0, 3)).isEqualTo(e.accountId().substring(0, 3));
            assertThat(ids).contains(e.postId());
        }
        Set<String> accountIds = new HashSet<>();
        tiled.accounts().forEach(a -> accountIds.add(a.id()));
        assertThat(generatedTiles.truth().accounts().keySet()).allMatch(accountIds::contains);
        assertThat(generatedTiles.truth().accounts()).hasSize(Generator.generate(s, 5).truth().accounts().size()
                + Generator.generate(s, 6).truth().accounts().size() + Generator.generate(s, 7).truth().accounts().size());
        assertThat(generatedTiles.truth().accounts().get("t2-" + three.accounts().get(0).id()).cls())
                .isEqualTo(Generator.generate(s, 7).truth().accounts().get(three.accounts().get(0).id()).cls());
        assertThat(tiled.posts()).isSortedAccordingTo((a, b) -> Long.compare(a.time(), b.time()));
        assertThat(tiled.posts().stream().filter(p -> p.id().startsWith("t2-")).map(Post::text).toList())
                .containsExactlyInAnyOrderElementsOf(three.posts().stream().map(Post::text).toList());
    }

    @Test
    void writeLeavesEachTiledDatasetAsAFolderThatReadsBackWithItsLabels(@TempDir Path dir) throws Exception {
        CliResult r = CliResult.run("bench", "scale", "--scenario", "classroom-small", "--factors", "0.1", "--seed", "5",
                "--tiles", "2", "--write", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("| 2 copies |").contains("written to " + dir.resolve("tiles-2"));

        var expected = BenchScaleCommand.tiled(ScenarioSource.resolve("classroom-small"), 5, 2);
        DatasetFolder.Contents read = DatasetFolder.read(dir.resolve("tiles-2"));
        assertThat(read.dataset().posts()).isEqualTo(expected.dataset().posts());
        assertThat(read.dataset().engagements()).isEqualTo(expected.dataset().engagements());
        assertThat(read.dataset().accounts()).hasSameSizeAs(expected.dataset().accounts());
        assertThat(read.truth().accounts()).isEqualTo(expected.truth().accounts());
    }

    @Test
    void writeWithoutTilesIsRefusedWithTheOptionItNeeds(@TempDir Path dir) {
        CliResult r = CliResult.run("bench", "scale", "--scenario", "classroom-small", "--factors", "0.1", "--write",
                dir.toString());
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains("--write " + dir + ": it writes the --tiles datasets; give --tiles N too");
    }
}
