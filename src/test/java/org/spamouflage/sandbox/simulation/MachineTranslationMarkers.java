package org.spamouflage.sandbox.simulation;

import java.util.List;
import java.util.Locale;

/**
 * Fragments that only a machine translation of the storyline produces (calques, false friends,
 * missing elisions and articles, English word order), written by hand from the machine-translated
 * French column. Tests use them to recognise artefacts in generated text.
 */
final class MachineTranslationMarkers {
    static final List<String> MARKERS = List.of("connaître ceci", "en haut", "nouvelles de vancouver",
            "à propos de", "venant dehors", "avant vous votez", "ceci est un", "canadiens méritent réponses",
            "vous de voir", "il obtient supprimé", "de les développeurs", "a été mentant", "étranger homme",
            "sexuelle inconduite", "a obtenu pas de", "est protégeant", "selon à", "a été avertissant",
            "argent blanchiment", "silencer", "la histoire", "rencontré secrètement avec", "la évidence", "pour quoi",
            "étaient payés pour rester", "combien plus longtemps", "est partie de la couverture", "parlant dehors",
            "a délivré corruption", "plus vidéos", "tenir bureau", "souffleur de sifflet", "doivent résigner",
            "partagez ceci", "silencés", "vient dehors", "résignez", "mérite mieux que ceci", "laissez pas eux",
            "décidez pour vous-même", "honte!", "merci vous", "répondez les questions");

    private MachineTranslationMarkers() {
    }

    static boolean any(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String m : MARKERS) {
            if (lower.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
