package org.spamouflage.sandbox.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.AccountEvidence.CoAction;

/** The account card's co-action sentences, for each layer, worded by hand. */
class CoActionLinesTest {
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    // 2023-09-04T14:00:00Z = 10:00 in Toronto (EDT)
    static final long T = 1_693_836_000L;

    @Test
    void eachLayerSaysWhatBothAccountsDidAndHowFarApart() {
        List<CoAction> actions = List.of(
                new CoAction("co-comment", "c2", "t03", "p1", T, "p2", T + 45),
                new CoAction("co-share", "c3", "share:p77", "", T, "", T + 600),
                new CoAction("co-share", "c3", "https://example.invalid/v", "p5", T, "p6", T + 30),
                new CoAction("co-hashtag", "c4", "#cdnpoli", "p7", T + 60, "p8", T),
                new CoAction("duplicate-text", "c5", "msg:x12", "p9", T, "p10", T + 3599));
        List<String> lines = ExploreData.coActionLines(actions, id -> "h_" + id, TORONTO);
        assertThat(lines).containsExactly(
                "co-comment with @h_c2: both commented on post t03; this account 2023-09-04 10:00, partner 2023-09-04 10:00 (45 s apart)",
                "co-share with @h_c3: both re-shared post p77; this account 2023-09-04 10:00, partner 2023-09-04 10:10 (10 min apart)",
                "co-share with @h_c3: both shared https://example.invalid/v; this account 2023-09-04 10:00, partner 2023-09-04 10:00 (30 s apart)",
                "co-hashtag with @h_c4: both used #cdnpoli; this account 2023-09-04 10:01, partner 2023-09-04 10:00 (60 s apart)",
                "duplicate-text with @h_c5: both posted copies of one message (msg:x12, under Copied messages); this account "
                        + "2023-09-04 10:00, partner 2023-09-04 10:59 (59 min apart)");
    }
}
