package org.spamouflage.sandbox.detection.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Language-independent pieces of one post that survive translation: they are what
 * {@link BilingualPairing} matches on. All values are folded (lower case, accents removed, except URL
 * paths, which are case-sensitive) and each list is sorted and distinct.
 *
 * @param names           capitalised words not at the start of a sentence ({@code brennan}, {@code tremblay-roy},
 *                        {@code montreal}); French elisions ({@code d'Alistair}) and English possessives
 *                        ({@code Brennan's}) are removed first
 * @param sentenceInitial capitalised words at the start of a sentence: names only if the same word is seen
 *                        capitalised inside a sentence somewhere in the corpus (decided by the caller)
 * @param mentions        handles with their {@code @}
 * @param hashtags        hashtags with their {@code #}
 * @param urls            links without scheme and {@code www.}, host in lower case, no trailing slash
 * @param numbers         digit strings with separators removed ({@code 15,000}, {@code 15 000} → {@code 15000};
 *                        {@code 3.2} and {@code 3,2} → {@code 32}); a leading list number is not included
 * @param emoji           emoji (variation selectors and skin tones dropped; a flag is one emoji)
 */
public record Anchors(List<String> names, List<String> sentenceInitial, List<String> mentions, List<String> hashtags,
                      List<String> urls, List<String> numbers, List<String> emoji) {

    public Anchors {
        names = List.copyOf(names);
        sentenceInitial = List.copyOf(sentenceInitial);
        mentions = List.copyOf(mentions);
        hashtags = List.copyOf(hashtags);
        urls = List.copyOf(urls);
        numbers = List.copyOf(numbers);
        emoji = List.copyOf(emoji);
    }

    /**
     * Typed keys of every anchor except the sentence-initial words, sorted:
     * {@code name:…}, {@code @…}, {@code #…}, {@code url:…}, {@code num:…}, {@code emoji:…}.
     */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        names.forEach(s -> out.add(nameKey(s)));
        out.addAll(mentions);
        out.addAll(hashtags);
        urls.forEach(s -> out.add("url:" + s));
        numbers.forEach(s -> out.add("num:" + s));
        emoji.forEach(s -> out.add("emoji:" + s));
        out.sort(null);
        return out;
    }

    static String nameKey(String name) {
        return "name:" + name;
    }
}
