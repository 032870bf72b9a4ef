package org.spamouflage.sandbox.detection.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the hand-written TSV fixtures next to this class (see the README.md there). */
final class TextFixtures {

    private TextFixtures() {
    }

    /** A row of near-duplicates.tsv. */
    record NearDup(String group, String kind, String text) {
        boolean isEdit() {
            return !kind.equals("base") && !kind.equals("paraphrase") && !kind.equals("organic");
        }
    }

    /** A row of bilingual-pairs.tsv. */
    record Bilingual(String id, String lang, String kind, String template, String echo, long time, String text) {
    }

    static List<NearDup> nearDuplicates() {
        List<NearDup> out = new ArrayList<>();
        for (String[] f : rows("near-duplicates.tsv", 3)) {
            out.add(new NearDup(f[0], f[1], f[2]));
        }
        return out;
    }

    static List<Bilingual> bilingual() {
        List<Bilingual> out = new ArrayList<>();
        for (String[] f : rows("bilingual-pairs.tsv", 7)) {
            out.add(new Bilingual(f[0], f[1], f[2], f[3], f[4], Long.parseLong(f[5]), f[6]));
        }
        return out;
    }

    private static List<String[]> rows(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TextFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(name + " line " + lineNo + ": " + f.length + " columns, expected " + columns);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
