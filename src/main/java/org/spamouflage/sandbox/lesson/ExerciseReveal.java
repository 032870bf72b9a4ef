package org.spamouflage.sandbox.lesson;

import org.spamouflage.sandbox.chart.NetworkCharts;
import org.spamouflage.sandbox.chart.NetworkEdges;
import org.spamouflage.sandbox.playground.PlaygroundCharts;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.chart.ChartGraph;
import org.spamouflage.sandbox.chart.ChartNode;
import org.spamouflage.sandbox.chart.ChartNodeCategory;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * A student's page once the truth is shown: each account's class and how the student's latest
 * submission treated it, and the network coloured by that outcome. Built only from a
 * {@link Reveal}, which the service hands out after the reveal.
 */
public final class ExerciseReveal {
    public static final String CAUGHT = "#59a14f";
    public static final String FALSE_ALARM = "#f28e2b";
    public static final String MISSED = PlaygroundCharts.CAMPAIGN;
    public static final String LEFT_ALONE = "#bab0ac";

    private final ExercisePage page;
    private final Reveal reveal;

    public ExerciseReveal(ExercisePage page, Reveal reveal) {
        this.page = page;
        this.reveal = reveal;
    }

    public Reveal reveal() {
        return reveal;
    }

    /** "campaign", "organic" or "background bot". */
    public String truth(String accountId) {
        return truth(accountId, Texts.english());
    }

    /** The class in the reader's language. */
    public String truth(String accountId, Texts t) {
        AccountClass c = reveal.classes().get(accountId);
        return NetworkCharts.classWord(c == null ? AccountClass.ORGANIC : c, t);
    }

    /** The class and, for honest accounts that coordinate in the open, the role ("organic · advocacy"). */
    public String truthWithRole(String accountId) {
        return truthWithRole(accountId, Texts.english());
    }

    public String truthWithRole(String accountId, Texts t) {
        AccountRole role = reveal.role(accountId);
        return role.isAuthenticCoordination() ? truth(accountId, t) + " · " + NetworkCharts.roleWord(role, t)
                : truth(accountId, t);
    }

    /** "caught", "false alarm", "missed" or "correctly left alone". */
    public String outcome(String accountId) {
        return outcome(accountId, Texts.english());
    }

    public String outcome(String accountId, Texts t) {
        return t.get(switch (reveal.outcome(accountId)) {
            case CAUGHT -> "outcome.caught";
            case FALSE_ALARM -> "outcome.falseAlarm";
            case MISSED -> "outcome.missed";
            case CORRECTLY_LEFT -> "outcome.correctlyLeft";
        });
    }

    /** The student's mistakes (false alarms, then misses), each in table order. */
    public List<ExercisePage.Row> mistakes() {
        List<ExercisePage.Row> alarms = new ArrayList<>();
        List<ExercisePage.Row> missed = new ArrayList<>();
        for (ExercisePage.Row r : page.rows()) {
            switch (reveal.outcome(r.accountId())) {
                case FALSE_ALARM -> alarms.add(r);
                case MISSED -> missed.add(r);
                default -> {
                }
            }
        }
        alarms.addAll(missed);
        return alarms;
    }

    /** The drawn network with each account coloured by how the student's submission treated it. */
    public ChartSpec network() {
        return network(Texts.english());
    }

    /**
     * One group per outcome, each in its own colour (caught and missed accounts are campaign ones,
     * false alarms and those left alone are not, so the outcome says the truth too).
     */
    public ChartSpec network(Texts t) {
        Detection d = page.data().detection();
        int[] top = NetworkCharts.topByScore(d, NetworkCharts.NODES);
        List<ChartNode> nodes = new ArrayList<>();
        for (int a : top) {
            var account = d.context().account(a);
            double score = d.combined(a);
            nodes.add(new ChartNode(account.id(), account.handle(), outcome(account.id(), t), 5 + 15 * score, score,
                    null, null, null));
        }
        List<ChartNodeCategory> cats = new ArrayList<>(List.of(
                new ChartNodeCategory(t.get("outcome.caught"), CAUGHT),
                new ChartNodeCategory(t.get("outcome.falseAlarm"), FALSE_ALARM),
                new ChartNodeCategory(t.get("outcome.missed"), MISSED),
                new ChartNodeCategory(t.get("outcome.correctlyLeft"), LEFT_ALONE)));
        List<String> used = nodes.stream().map(ChartNode::category).distinct().toList();
        cats.removeIf(c -> !used.contains(c.name()));
        return ChartSpec.graph(t.get("chart.reveal.title", top.length),
                ChartGraph.of(nodes, NetworkEdges.among(d, top).edges(), cats).withLabels(false)
                        .withNames(t.get("chart.graph.score"), t.get("chart.graph.outcome"), t.get("chart.graph.coActions")))
                .withDecimals(3);
    }
}
