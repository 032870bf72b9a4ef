package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/** The generator's building blocks, each against an independent expectation. */
class BuildingBlocksTest {
    /** Fewest wordings an honest content line may have (see everyHonestContentLineStandsForManyWordings). */
    static final long MIN_WORDINGS = 24;

    @Nested
    class Randomness {
        @Test
        void derivedStreamsRepeatForTheSameKeyAndDifferOtherwise() {
            assertThat(Rng.derive(1, "organic", 5).nextLong()).isEqualTo(Rng.derive(1, "organic", 5).nextLong());
            assertThat(Rng.derive(1, "organic", 5).nextLong()).isNotEqualTo(Rng.derive(1, "organic", 6).nextLong());
            assertThat(Rng.derive(1, "organic", 5).nextLong()).isNotEqualTo(Rng.derive(1, "campaign", 5).nextLong());
            assertThat(Rng.derive(1, "organic", 5).nextLong()).isNotEqualTo(Rng.derive(2, "organic", 5).nextLong());
        }

        @Test
        void distributionsHaveTheirTextbookMoments() {
            Rng r = new Rng(42);
            int n = 200_000;
            double[] u = new double[n];
            double poissonSum = 0;
            double expSum = 0;
            double[] logNormal = new double[n];
            double normalSum = 0;
            double normalSq = 0;
            for (int i = 0; i < n; i++) {
                u[i] = r.nextDouble();
                poissonSum += r.poisson(3.5);
                expSum += r.exponential(2.0);
                logNormal[i] = r.logNormal(19, 1.6);
                double z = r.gaussian();
                normalSum += z;
                normalSq += z * z;
            }
            assertThat(Arrays.stream(u).average().orElseThrow()).isCloseTo(0.5, within(0.005));
            assertThat(poissonSum / n).isCloseTo(3.5, within(0.03));
            assertThat(expSum / n).isCloseTo(2.0, within(0.03));
            assertThat(normalSum / n).isCloseTo(0.0, within(0.01));
            assertThat(normalSq / n).isCloseTo(1.0, within(0.01));
            Arrays.sort(logNormal);
            assertThat(logNormal[n / 2]).isCloseTo(19, within(0.5));
        }

        @Test
        void logNormalWithMeanHasThatMeanAndTheSkewOfPew() {
            // Top-decile share of a log-normal with sigma s is 1 - Phi(z90 - s); for s = 2 that is
            // 1 - Phi(1.2816 - 2) = 0.764 (closed form, independent of the sampler).
            Rng r = new Rng(7);
            int n = 400_000;
            double[] x = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                x[i] = r.logNormalWithMean(3.0, 2.0);
                sum += x[i];
            }
            Arrays.sort(x);
            double top = 0;
            for (int i = n - n / 10; i < n; i++) {
                top += x[i];
            }
            assertThat(top / sum).isCloseTo(0.764, within(0.02));
            assertThat(sum / n).isCloseTo(3.0, within(0.3));
        }

        @Test
        void boundedIntsCoverTheRangeEvenly() {
            Rng r = new Rng(3);
            int[] counts = new int[7];
            for (int i = 0; i < 70_000; i++) {
                counts[r.nextInt(7)]++;
            }
            assertThat(Arrays.stream(counts).boxed().toList()).allMatch(c -> Math.abs(c - 10_000) < 400);
        }
    }

    @Nested
    class Phrases {
        @Test
        void slotsAreFilledAndSynonymsSwapped() {
            Phrase p = Phrase.parse("{POL} says the video is false.", Map.of("says", new String[] {"claims"},
                    "false", new String[] {"fake"}));
            Fill f = new Fill();
            f.pol = "Jane Ashcombe";
            StringBuilder sb = new StringBuilder();
            p.render(sb, f);
            assertThat(sb).hasToString("Jane Ashcombe says the video is false.");
            sb.setLength(0);
            int swapped = p.render(sb, f, new Rng(1), 1.0);
            assertThat(sb).hasToString("Jane Ashcombe claims the video is fake.");
            assertThat(swapped).isEqualTo(2);
            assertThat(p.slotCount()).isEqualTo(1);
            assertThat(p.startsWithSlot()).isTrue();
        }

        @Test
        void capitalisedWordsKeepTheirCapital() {
            Phrase p = Phrase.parse("Share this.", Map.of("share", new String[] {"repost"}));
            StringBuilder sb = new StringBuilder();
            p.render(sb, new Fill(), new Rng(1), 1.0);
            assertThat(sb).hasToString("Repost this.");
        }

        @Test
        void everyBankPhraseParses() {
            // Static initialisers parse every sentence; an unknown slot name would throw here.
            assertThat(CampaignTexts.CLAIM_PHRASES.length).isEqualTo(CampaignTexts.CLAIMS.length);
            assertThat(OrganicTexts.SITUATION_P[0].length).isEqualTo(OrganicTexts.ISSUE_COUNT);
            assertThat(OtherTexts.CAMOUFLAGE_P).hasNumberOfRows(3);
        }

        @Test
        void bothHonestBanksHaveTheSameSections() {
            assertThat(OrganicTexts.BANKS[1].sectionNames())
                    .containsExactlyInAnyOrderElementsOf(OrganicTexts.BANKS[0].sectionNames());
            assertThat(OrganicTexts.ISSUES).hasSize(OrganicTexts.ISSUE_COUNT);
            assertThat(OrganicTexts.EVERYDAY).hasSize(OrganicTexts.EVERYDAY_COUNT);
        }

        @Test
        void inlineChoicesPickEachAlternativeAndEmptyOnesMakeAPartOptional() {
            Phrase p = Phrase.parse("[Rent|Gas] went up[ again|].", null);
            java.util.Set<String> seen = new java.util.TreeSet<>();
            Rng r = new Rng(5);
            for (int i = 0; i < 200; i++) {
                StringBuilder sb = new StringBuilder();
                p.render(sb, new Fill(), r, 0);
                seen.add(sb.toString());
            }
            // 2 x 2 wordings, each drawn with probability 1/4: all appear in 200 draws.
            assertThat(seen).containsExactly("Gas went up again.", "Gas went up.", "Rent went up again.",
                    "Rent went up.");
            assertThat(p.wordings()).isEqualTo(4);
        }

        @Test
        void choicesNestAndRenderTheirFirstAlternativeWithoutRandomness() {
            Phrase p = Phrase.parse("[My [mom|dad]|Our neighbour] in {CITY} agrees.", null);
            Fill f = new Fill();
            f.city = "Moncton";
            StringBuilder sb = new StringBuilder();
            p.render(sb, f);
            assertThat(sb).hasToString("My mom in Moncton agrees.");
            // Nested: (2 + 1) wordings of the first choice.
            assertThat(p.wordings()).isEqualTo(3);
        }

        @Test
        void aPipeOutsideAChoiceIsAnOrdinaryCharacter() {
            StringBuilder sb = new StringBuilder();
            Phrase.parse("Teacher | Calgary | coffee", null).render(sb, new Fill());
            assertThat(sb).hasToString("Teacher | Calgary | coffee");
        }

        @Test
        void resolvingFixesTopLevelChoicesButKeepsDoubleBracketedOnesOpen() {
            Phrase p = Phrase.parse("[Forecast|Outlook]: [[rain|sun]]", null);
            Phrase fixed = p.resolve(new Rng(11));
            java.util.Set<String> heads = new java.util.TreeSet<>();
            java.util.Set<String> tails = new java.util.TreeSet<>();
            Rng r = new Rng(12);
            for (int i = 0; i < 100; i++) {
                StringBuilder sb = new StringBuilder();
                fixed.render(sb, new Fill(), r, 0);
                heads.add(sb.substring(0, sb.indexOf(":")));
                tails.add(sb.substring(sb.indexOf(":") + 2));
            }
            assertThat(heads).hasSize(1);
            assertThat(tails).containsExactly("rain", "sun");
        }

        @Test
        void casualAndOtherLanguageWordsFollowTheWritersHabitsButNotInsideContractions() {
            Lexicon lex = new Lexicon(Map.of(), Map.of("you", new String[] {"u"}),
                    Map.of("anyway", new String[] {"bref"}));
            Phrase p = Phrase.parseWith("Anyway, you know you're right.", lex);
            StringBuilder sb = new StringBuilder();
            p.render(sb, new Fill(), new Rng(1), 0, 1.0, 1.0);
            assertThat(sb).hasToString("Bref, u know you're right.");
            sb.setLength(0);
            p.render(sb, new Fill(), new Rng(1), 0, 0, 0);
            assertThat(sb).hasToString("Anyway, you know you're right.");
        }
    }

    @Nested
    class Banks {
        @Test
        void macrosExpandAndSectionsKeepTheirLines() {
            TextBank b = TextBank.parse("test", """
                    # a comment
                    @WHO = [my mom|my dad]
                    == a
                    Ask <WHO>.
                    == b
                    Hi {CITY}
                    """, null);
            assertThat(b.sectionNames()).containsExactly("a", "b");
            assertThat(b.lines("a")).containsExactly("Ask [my mom|my dad].");
            assertThat(b.get("a")[0].wordings()).isEqualTo(2);
        }

        @Test
        void malformedBanksFailWithTheLineAndTheProblem() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextBank.parse("t", "== a\nAsk <NOBODY>.", null))
                    .hasMessage("t line 2: unknown macro <NOBODY>");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextBank.parse("t", "Hello", null))
                    .hasMessage("t line 1: an entry before the first '== section'");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextBank.parse("t", "== a\nx\n== a\ny", null))
                    .hasMessage("t line 3: section 'a' appears twice");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextBank.parse("t", "== a\n[x|y", null))
                    .hasMessageContaining("unclosed [");
        }

        @Test
        void everyHonestContentLineStandsForManyWordings() {
            // A line with few wordings is copied word for word by unrelated users: at least a few
            // dozen wordings per line (counting choices only, not cities or numbers).
            for (TextBank bank : OrganicTexts.BANKS) {
                for (String section : bank.sectionNames()) {
                    if (section.endsWith("opener") || section.equals("closer") || section.equals("chatter")
                            || section.equals("switch") || section.equals("aside")) {
                        continue;
                    }
                    for (Phrase p : bank.get(section)) {
                        assertThat(p.wordings()).as(section + ": " + p).isGreaterThanOrEqualTo(MIN_WORDINGS);
                    }
                }
            }
        }

        @Test
        void everyCampaignSentenceHasFourVersionsWithTheSameSlots() {
            for (String[][] bank : List.of(CampaignTexts.OPENERS, CampaignTexts.CLAIMS, CampaignTexts.CLOSERS)) {
                for (String[] row : bank) {
                    assertThat(row).hasSize(4);
                    for (String slot : List.of("{POL}", "{CRITIC}", "{OUTLET}", "{PARTY}")) {
                        boolean inEnglish = row[0].contains(slot);
                        assertThat(Arrays.stream(row).allMatch(v -> v.contains(slot) == inEnglish)).as(row[0]).isTrue();
                    }
                }
            }
        }
    }

    @Nested
    class MachineTranslation {
        @Test
        void everyMachineTranslatedSentenceHasAnArtefactThatCorrectFrenchNeverHas() {
            for (String[][] bank : List.of(CampaignTexts.OPENERS, CampaignTexts.CLAIMS, CampaignTexts.CLOSERS)) {
                for (String[] row : bank) {
                    assertThat(MachineTranslationMarkers.any(row[CampaignTexts.FR_MT])).as(row[CampaignTexts.FR_MT]).isTrue();
                    assertThat(MachineTranslationMarkers.any(row[CampaignTexts.FR])).as(row[CampaignTexts.FR]).isFalse();
                }
            }
            // Honest French, rendered in every wording a few hundred draws reach, never has an artefact.
            assertThat(Arrays.stream(OrganicTexts.SLOGANS[1]).filter(MachineTranslationMarkers::any)).isEmpty();
            TextBank french = OrganicTexts.BANKS[1];
            Fill f = new Fill();
            Rng r = new Rng(9);
            f.rng = r;
            f.lang = 1;
            f.pol = "Jeanne Ashcombe";
            f.party = "Parti de l'Érable";
            f.topic = "feux de forêt";
            for (String section : french.sectionNames()) {
                for (Phrase p : french.get(section)) {
                    for (int i = 0; i < 40; i++) {
                        StringBuilder sb = new StringBuilder();
                        f.city = null;
                        p.render(sb, f, r, 0.25, 0.3, 0.3);
                        assertThat(MachineTranslationMarkers.any(sb.toString())).as(sb.toString()).isFalse();
                    }
                }
            }
        }
    }

    @Nested
    class Edits {
        @Test
        void aTypoChangesExactlyOneWord() {
            String original = "The evidence against everyone is all in the video";
            for (long seed = 0; seed < 50; seed++) {
                StringBuilder sb = new StringBuilder(original);
                assertThat(TextTools.typo(sb, new Rng(seed))).isTrue();
                String[] a = original.split(" ");
                String[] b = sb.toString().split(" ");
                assertThat(b).hasSameSizeAs(a);
                int changed = 0;
                for (int i = 0; i < a.length; i++) {
                    changed += a[i].equals(b[i]) ? 0 : 1;
                }
                assertThat(changed).isEqualTo(1);
            }
        }

        @Test
        void tidyingRemovesTheGapsOptionalPiecesLeave() {
            StringBuilder sb = new StringBuilder(" Fix the roads , please . Again.. Wait... Really?. Ok,, fine!, ");
            TextTools.tidy(sb);
            assertThat(sb).hasToString("Fix the roads, please. Again. Wait... Really? Ok, fine!");
        }

        @Test
        void topicsBecomeHashtags() {
            assertThat(TextTools.hashtagOf("wildfire evacuation")).isEqualTo("WildfireEvacuation");
            assertThat(TextTools.hashtagOf("rate-hike 2.0")).isEqualTo("RateHike20");
        }

        @Test
        void handlesAreAsciiOnly() {
            assertThat(TextTools.asciiHandle("Geneviève O'Brien-Côté")).isEqualTo("GenevieveOBrienCote");
        }
    }

    @Nested
    class Time {
        @Test
        void theOrganicCurvePeaksAtThePeakHourAndIsLowestAtNight() {
            Scenario.Circadian c = ScenarioJson.defaults().organic().circadian();
            DailyCurve curve = DailyCurve.organic(c);
            double peak = curve.level(c.peakHour(), false);
            assertThat(peak).isCloseTo(1.0, within(1e-9));
            assertThat(curve.level(4, false)).isCloseTo(c.nightLevel(), within(0.01));
            assertThat(curve.level(12.5, false)).isLessThan(curve.level(11, false));
            // Weekends run later: the weekday peak moves by weekendShiftHours.
            assertThat(curve.level(c.peakHour() + c.weekendShiftHours(), true)).isCloseTo(1.0, within(1e-9));
        }

        @Test
        void shiftBlocksFollowTheOperatorClockAndSurgesLiftWeekends() {
            Scenario.Timing t = ScenarioJson.defaults().campaign().timing();
            long from = World.epochOf(t.activeFrom());
            long to = World.epochOf(t.activeTo()) + World.DAY;
            ShiftSchedule schedule = new ShiftSchedule(t, from, to);
            ZoneId zone = ZoneId.of(t.operatorTimeZone());
            for (ShiftSchedule.Block b : schedule.blocks) {
                LocalTime start = java.time.Instant.ofEpochSecond(b.start()).atZone(zone).toLocalTime();
                assertThat(t.shifts().stream().anyMatch(s -> s.start().equals(start)) || b.start() == from).isTrue();
                assertThat(b.start()).isGreaterThanOrEqualTo(from);
                assertThat(b.end()).isLessThanOrEqualTo(to);
            }
            // 2023-09-02 (a Saturday) is a surge day: its blocks carry the surge multiplier.
            assertThat(schedule.blocks.stream().filter(b -> b.operatorDate().toString().equals("2023-09-03")))
                    .allMatch(b -> b.load() == t.surges().get(0).multiplier());
            assertThat(schedule.blocks.stream().filter(b -> b.operatorDate().toString().equals("2023-08-26")))
                    .isNotEmpty().allMatch(b -> b.load() == t.weekendFactor());
        }
    }
}
