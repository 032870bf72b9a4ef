package org.spamouflage.sandbox.detection.text;

import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void pairing() {
        List<TextFixtures.Bilingual> rows = TextFixtures.bilingual();
        List<String> texts = rows.stream().map(TextFixtures.Bilingual::text).toList();
        List<String> langs = rows.stream().map(TextFixtures.Bilingual::lang).toList();
        long[] times = rows.stream().mapToLong(TextFixtures.Bilingual::time).toArray();
        for (int i = 0; i < 6; i++) System.out.println(AnchorExtractor.extract(texts.get(i)));
        for (double th : new double[]{0.3, 0.4, 0.5, 0.6, 0.7})
          for (double ev : new double[]{0, 2, 2.5, 3, 3.5, 4})
            for (boolean useTimes : new boolean[]{false, true}) {
                PairingSettings s = PairingSettings.defaults().withThreshold(th).withMinEvidence(ev);
                List<TranslationPair> pairs = BilingualPairing.pair(texts, langs, useTimes ? times : null, s);
                int tp = 0, echo = 0;
                for (TranslationPair p : pairs) {
                    var a = rows.get(p.first()); var b = rows.get(p.second());
                    if (!a.template().equals("-") && a.template().equals(b.template())) tp++;
                    else if (!a.echo().equals("-") && a.echo().equals(b.echo())) echo++;
                }
                System.out.printf("th %.1f ev %.0f times %-5s pairs %3d tp %2d echo %2d  P %.2f  P(lenient) %.2f  R %.2f%n", th, ev, useTimes, pairs.size(), tp, echo,
                    (double) tp / pairs.size(), (double) (tp + echo) / pairs.size(), tp / 38.0);
            }
        PairingSettings s = PairingSettings.defaults();
        List<TranslationPair> pairs = BilingualPairing.pair(texts, langs, times, s);
        Set<String> found = new HashSet<>();
        for (TranslationPair p : pairs) {
            var a = rows.get(p.first()); var b = rows.get(p.second());
            String lab = (!a.template().equals("-") && a.template().equals(b.template())) ? "OK " : (!a.echo().equals("-") && a.echo().equals(b.echo())) ? "ECHO" : "BAD";
            if (lab.equals("OK ")) found.add(a.template());
            System.out.printf("%s %s %s %s/%s %.2f %.2f %s%n   %s%n   %s%n", lab, a.id(), b.id(), a.template(), b.template(), p.score(), p.anchorSimilarity(), p.sharedAnchors(), a.text(), b.text());
        }
        for (var r : rows) if (r.lang().equals("en") && !r.template().equals("-") && !found.contains(r.template())) System.out.println("MISSED " + r.template() + " " + r.text());
    }
}
