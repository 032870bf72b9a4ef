package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.i18n.Texts;

/**
 * Which language a visitor reads. Strongest first: a choice made in this browser session (the
 * header switch, a lesson link's {@code lang=}, or joining a lesson that sets its language), the
 * choice remembered from the switch (cookie {@value #COOKIE}), then the browser's languages.
 */
public final class Languages {
    /** Remembers the header switch's choice for a year. */
    public static final String COOKIE = "sandbox-lang";
    private static final String SESSION_KEY = Languages.class.getName() + ".choice";
    private static final int YEAR_SECONDS = 365 * 24 * 3600;

    private Languages() {
    }

    /** The language for a request (and its session, if it has one). */
    public static Language forRequest(VaadinRequest request) {
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        String cookie = null;
        if (request != null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    cookie = c.getValue();
                }
            }
        }
        return Language.choose(chosen instanceof String c ? c : null, cookie, request == null ? null : request.getHeader("Accept-Language"));
    }

    /** The language of the current UI. */
    public static Language current() {
        UI ui = UI.getCurrent();
        return Language.of(ui == null ? null : ui.getLocale());
    }

    /** The texts of the current UI's language. */
    public static Texts texts() {
        return Texts.of(current());
    }

    /**
     * Makes {@code language} this session's language. With {@code remember} (the header switch) it
     * is also kept in a cookie for later visits. Returns true when the current UI was in another
     * language and must be shown again ({@link #reload}).
     */
    public static boolean choose(Language language, boolean remember) {
        // Kept in the HTTP session, where the first HTML request of the next page can read it too.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(SESSION_KEY, language.code());
        }
        if (remember) {
            VaadinResponse response = VaadinResponse.getCurrent();
            if (response != null) {
                Cookie c = new Cookie(COOKIE, language.code());
                c.setPath(cookiePath());
                c.setMaxAge(YEAR_SECONDS);
                c.setHttpOnly(true);
                c.setAttribute("SameSite", "Lax");
                response.addCookie(c);
            }
        }
        return current() != language;
    }

    private static String cookiePath() {
        VaadinRequest r = VaadinRequest.getCurrent();
        String context = r == null ? "" : r.getContextPath();
        return context == null || context.isEmpty() ? "/" : context;
    }

    /**
     * Loads the page again so every text is built in the new language; a {@code lang} parameter in
     * the address (a lesson link's) is changed to match, so the page does not switch back.
     */
    public static void reload(UI ui, Language language) {
        ui.getPage().executeJs("var u = new URL(window.location.href);"
                + "if (u.searchParams.has('lang')) { u.searchParams.set('lang', $0); }"
                + "window.location.replace(u.toString());", language.code());
    }

    /** Sets {@code lang} on the page's root element, for screen readers, hyphenation and spell checkers. */
    public static void markPage(UI ui, Language language) {
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0);", language.code());
    }

    /** A lesson's or lesson link's language, when it names one. */
    public static Optional<Language> of(String code) {
        return Language.of(code);
    }
}
