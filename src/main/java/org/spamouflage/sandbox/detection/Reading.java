package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.spamouflage.sandbox.detection.entities.PostEntities;

/**
 * How the engine read one dataset, in sentences a methods note can print: which time zone it used for
 * local time (or that it knew none), where hashtags, links and mentions came from, how many re-shares
 * it recognised in the texts, and which signals did not apply and why.
 *
 * @param audienceTimeZone the zone local time was read in, or empty when none was known
 * @param notes            sentences about how the data were read, in a fixed order
 * @param notApplicable    signal id → why it abstained for every account (sorted by id)
 */
public record Reading(String audienceTimeZone, List<String> notes, SortedMap<String, String> notApplicable) {

    public Reading {
        audienceTimeZone = audienceTimeZone == null ? "" : audienceTimeZone;
        notes = notes == null ? List.of() : List.copyOf(notes);
        notApplicable = notApplicable == null ? new TreeMap<>() : new TreeMap<>(notApplicable);
    }

    /** What a detection read. */
    static Reading of(DetectionContext ctx, List<SignalInfo> signals, List<SignalResult> results) {
        List<String> notes = new ArrayList<>();
        String zone = ctx.hasZone() ? ctx.zone().getId() : "";
        if (ctx.hasZone()) {
            notes.add("Local time (night posting, hour of week) was read in " + zone + (ctx.settings().autoZone()
                    ? ", the audience time zone the data declare." : ", the zone given in the settings."));
        } else {
            notes.add("No audience time zone was known, so night posting and the hour-of-week profile did not apply;"
                    + " times are shown in UTC.");
        }
        PostEntities.Summary e = ctx.entitySummary();
        notes.add(String.format(Locale.ROOT, "Hashtags were read from %s (%,d of %,d posts carry one); links from %s"
                        + " (%,d posts; %,d short links such as t.co, each standing only for itself); mentions from %s.",
                e.hashtagsFromText() ? "the post texts" : "the data's hashtag lists", e.withHashtags(), e.posts(),
                e.linksFromText() ? "the post texts" : "the data's link lists", e.withLinks(), e.shortLinks(),
                e.mentionsFromText() ? "the post texts" : "the data's mention lists"));
        if (e.recognisedReshares() > 0) {
            notes.add(String.format(Locale.ROOT, "%,d posts were recognised as re-shares from their text (RT @handle: …"
                    + " and its variants) and count as shares of the original.", e.recognisedReshares()));
        }
        SortedMap<String, String> na = new TreeMap<>();
        for (int k = 0; k < signals.size(); k++) {
            if (results.get(k).abstains()) {
                na.put(signals.get(k).id(), results.get(k).abstention());
            }
        }
        return new Reading(zone, notes, na);
    }
}
