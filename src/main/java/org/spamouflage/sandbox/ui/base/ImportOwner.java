package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.OwnerTokens;
import org.spamouflage.sandbox.security.Roles;
import org.spamouflage.sandbox.web.OwnerCookieFilter;

/**
 * Who is asking for imports, from a page: the owner tokens of the browser's cookie (set by
 * {@link OwnerCookieFilter}) and whether a signed-in instructor asks. The tokens are also kept in the
 * Vaadin session, so requests that carry no cookie (push) and browsers that refuse cookies still
 * keep theirs for the session; a session without any gets one of its own. Call on the UI thread.
 */
public final class ImportOwner {
    private static final String TOKENS = ImportOwner.class.getName() + ".tokens";

    private ImportOwner() {
    }

    /** The current user's access; {@code auth} may be null (no sign-in known: not an instructor). */
    public static ImportAccess access(AuthenticationContext auth) {
        boolean instructor = auth != null && auth.isAuthenticated() && auth.hasRole(Roles.INSTRUCTOR);
        return ImportAccess.of(tokens(), instructor);
    }

    /** The browser's owner tokens (at least one when there is a session). */
    public static List<String> tokens() {
        VaadinSession session = VaadinSession.getCurrent();
        List<String> out = new ArrayList<>();
        VaadinRequest r = VaadinRequest.getCurrent();
        if (r instanceof VaadinServletRequest sr) {
            out.addAll(OwnerCookieFilter.tokens(sr.getHttpServletRequest()));
        }
        if (session != null) {
            @SuppressWarnings("unchecked")
            List<String> kept = (List<String>) session.getAttribute(TOKENS);
            if (kept != null) {
                kept.stream().filter(t -> !out.contains(t)).forEach(out::add);
            }
            if (out.isEmpty()) {
                out.add(OwnerTokens.next());
            }
            session.setAttribute(TOKENS, List.copyOf(out));
        }
        return OwnerTokens.parse(OwnerTokens.format(out));
    }

    /** Adds a token to this session's, after its own (new imports stay under the session's own token). */
    public static void adopt(String token) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && OwnerTokens.wellFormed(token)) {
            session.setAttribute(TOKENS, OwnerTokens.adopt(tokens(), token));
        }
    }
}
