package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.GroundTruth;

/** Answer keys for {@code evaluate}: with or without the role column that names authentic coordination. */
class TruthFileTest {
    @TempDir
    Path dir;

    @Test
    void readsRolesWhenTheColumnIsThere() throws Exception {
        Path file = dir.resolve("truth.csv");
        Files.writeString(file, "account_id,class,cell,operator,origin,role\n"
                + "a1,organic,,,,advocacy\na2,campaign,0,3,new,\na3,background,,,,news\n");
        GroundTruth t = TruthFile.read(file);
        assertThat(t.role("a1")).isEqualTo(AccountRole.ADVOCACY);
        assertThat(t.role("a2")).isEqualTo(AccountRole.NONE);
        assertThat(t.account("a3").orElseThrow().cls()).isEqualTo(AccountClass.BACKGROUND);
        assertThat(t.role("a3")).isEqualTo(AccountRole.NEWS);
    }

    @Test
    void aKeyWithoutRolesGivesEveryAccountNone() throws Exception {
        Path file = dir.resolve("key.csv");
        Files.writeString(file, "account_id,class\na1,organic\na2,bot\n");
        GroundTruth t = TruthFile.read(file);
        assertThat(t.accounts().values()).extracting(GroundTruth.AccountTruth::role).containsOnly(AccountRole.NONE);
        assertThat(t.isCampaign("a2")).isTrue();
    }

    @Test
    void anUnknownRoleIsNamedWithItsLine() throws Exception {
        Path file = dir.resolve("truth.csv");
        Files.writeString(file, "account_id,class,role\na1,organic,lobbyist\n");
        assertThatThrownBy(() -> TruthFile.read(file)).isInstanceOf(ExportReadException.class)
                .satisfies(e -> assertThat(((ExportReadException) e).problems()).singleElement().asString()
                        .contains("line 2").contains("role").contains("\"lobbyist\" is not a role")
                        .contains("advocacy, news, fan-ring, hashtag-game, or empty"));
    }
}
