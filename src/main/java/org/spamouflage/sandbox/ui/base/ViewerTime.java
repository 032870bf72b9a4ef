package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The viewer's time zone, read from the browser (Vaadin's extended client details) when the page
 * first loads and kept in the session. It arrives a moment after the first page is built, so a
 * page that shows times asks {@link #whenKnown} to redraw them; until then times show in UTC and
 * say so.
 */
public final class ViewerTime {
    private static final String KEY = ViewerTime.class.getName() + ".zone";
    private static final String WAITING = ViewerTime.class.getName() + ".waiting";

    private ViewerTime() {
    }

    /** Asks the browser for its zone (once per session). */
    static void request(UI ui) {
        if (ui.getSession().getAttribute(KEY) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone = ZoneOffset.UTC;
            try {
                String id = details.getTimeZoneId();
                zone = id == null || id.isBlank() ? ZoneOffset.ofTotalSeconds(details.getTimezoneOffset() / 1000)
                        : ZoneId.of(id);
            } catch (DateTimeException e) {
                // an unknown zone name: stay in UTC, which every time shown says
            }
            ui.getSession().setAttribute(KEY, zone);
            @SuppressWarnings("unchecked")
            List<Runnable> waiting = (List<Runnable>) ui.getSession().getAttribute(WAITING);
            ui.getSession().setAttribute(WAITING, null);
            if (waiting != null) {
                waiting.forEach(Runnable::run);
            }
        });
    }

    /** The viewer's zone, or UTC while it is not known yet. */
    public static ZoneId zone() {
        VaadinSession s = VaadinSession.getCurrent();
        Object z = s == null ? null : s.getAttribute(KEY);
        return z instanceof ZoneId id ? id : ZoneOffset.UTC;
    }

    /** Runs {@code redraw} now if the zone is known, else once it arrives. */
    @SuppressWarnings("unchecked")
    public static void whenKnown(Runnable redraw) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s == null || s.getAttribute(KEY) != null) {
            return; // known: the caller formatted with it already
        }
        List<Runnable> waiting = (List<Runnable>) s.getAttribute(WAITING);
        if (waiting == null) {
            waiting = new ArrayList<>();
            s.setAttribute(WAITING, waiting);
        }
        waiting.add(redraw);
    }

    /** A zone's short name for a column header ("UTC", "America/Toronto"). */
    public static String label(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
