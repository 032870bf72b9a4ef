package org.spamouflage.sandbox.explore;

import org.spamouflage.sandbox.chart.NetworkCharts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.chart.ChartNode;
import org.spamouflage.sandbox.chart.ChartNodeCategory;

/**
 * On {@code advocacy-day} the pages show what tells honest coordination from the campaign: the
 * facts on an advocacy cluster's card differ from a campaign cell's in the direction the lesson
 * says, and roles appear only in the truth-coloured network.
 */
class AuthenticCoordinationPagesTest {
    static Pipeline.Run run;
    static ExploreData data;

    @BeforeAll
    static void runAdvocacyDay() throws Exception {
        String json = Files.readString(Path.of("scenarios/advocacy-day.json"));
        run = new Pipeline().run(ScenarioJson.parse(json, "advocacy-day.json"), 1, DetectorSettings.defaults());
        data = ExploreData.of(run);
    }

    /** The role most members of a cluster card have in the truth (NONE for campaign cells). */
    static AccountRole majority(ClusterCard card, boolean campaign) {
        GroundTruth truth = run.generated().truth();
        List<String> ids = run.detection().clusterSummaries().get(card.cluster()).members();
        long campaignMembers = ids.stream().filter(truth::isCampaign).count();
        if (campaign != (campaignMembers * 2 > ids.size())) {
            return null;
        }
        Map<AccountRole, Long> roles = ids.stream().collect(Collectors.groupingBy(truth::role, Collectors.counting()));
        return roles.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void anAdvocacyClustersFactsShowOldAccountsLinkingTheOrganisationUnlikeACampaignCell() {
        List<ClusterCard> cards = data.clusters(100);
        ClusterCard advocacy = cards.stream().filter(c -> majority(c, false) == AccountRole.ADVOCACY)
                .max(Comparator.comparingInt(ClusterCard::members)).orElseThrow();
        ClusterCard cell = cards.stream().filter(c -> majority(c, true) != null)
                .max(Comparator.comparingInt(ClusterCard::members)).orElseThrow();
        AccountFacts.Group a = facts(advocacy);
        AccountFacts.Group c = facts(cell);
        // Supporters are drawn from accounts at least a year old; new campaign accounts are months old.
        assertThat(a.ageYears()).isGreaterThan(1.0).isGreaterThan(c.ageYears());
        // (Posts before the period do not separate them here: hijacked and bought campaign accounts
        // keep their old spam, and most honest users post rarely.)
        assertThat(a.daytime()).isGreaterThan(0.8).isGreaterThan(c.daytime());
        assertThat(a.bothLanguages()).isLessThan(c.bothLanguages());
        assertThat(a.site()).endsWith(".example");
        assertThat(advocacy.facts()).contains("linked " + a.site()).contains("(all scored accounts: ");
    }

    static AccountFacts.Group facts(ClusterCard card) {
        var d = run.detection();
        int[] members = d.clusterSummaries().get(card.cluster()).members().stream().mapToInt(d::indexOf).toArray();
        return AccountFacts.of(d.context(), members, data.zone());
    }

    @Test
    void anAdvocatesCardNamesItsRoleAndItsFacts() {
        String advocate = run.generated().truth().accounts().values().stream()
                .filter(t -> t.role() == AccountRole.ADVOCACY && run.detection().indexOf(t.accountId()) >= 0)
                .map(GroundTruth.AccountTruth::accountId).sorted().findFirst().orElseThrow();
        AccountCard card = data.account(advocate);
        assertThat(card.truth()).isEqualTo("organic · advocacy");
        assertThat(card.facts()).contains("old when the period starts").contains("between 07:00 and 23:00");
    }

    @Test
    void rolesColourTheTruthNetworkButNeverTheClusterOne() {
        NetworkCharts.Network n = NetworkCharts.build(run, NetworkCharts.NODES);
        List<String> truthCategories = n.byTruth().graph().categories().stream().map(ChartNodeCategory::name).toList();
        assertThat(truthCategories).contains("campaign", "advocacy");
        // The legend names exactly the groups drawn, each once (no empty legend entries).
        assertThat(truthCategories).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                n.byTruth().graph().nodes().stream().map(ChartNode::category).distinct().toList());
        assertThat(n.byTruth().graph().nodes()).extracting(ChartNode::category).contains("advocacy");
        assertThat(n.byCluster().graph().nodes()).extracting(ChartNode::category)
                .allMatch(c -> c.startsWith("cluster ") || c.equals("no cluster") || c.equals("other clusters"));
        // From the detection alone (a hidden-truth exercise), there is no truth network at all.
        assertThat(NetworkCharts.byCluster(run.detection(), NetworkCharts.NODES).byTruth()).isNull();
    }
}
