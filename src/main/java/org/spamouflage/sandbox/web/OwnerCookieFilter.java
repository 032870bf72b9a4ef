package org.spamouflage.sandbox.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.spamouflage.sandbox.app.OwnerTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser an owner token for its imports and takes in "keep this link" addresses.
 *
 * <ul>
 *   <li>A page load (a GET that accepts HTML) from a browser without a token gets a new one in the
 *       {@value OwnerTokens#COOKIE} cookie: HttpOnly (no script reads it), SameSite=Lax, kept 400 days
 *       (the most browsers keep a cookie), Secure over HTTPS.</li>
 *   <li>{@code /import?owner=TOKEN} (the address shown once after a browser's first import) adds the
 *       token to the browser's cookie and redirects to {@code /import} without it, so the token does
 *       not stay in the address bar, the history or a Referer header. A browser keeps up to
 *       {@value OwnerTokens#MAX_PER_BROWSER} tokens, its own first: new imports are always kept under
 *       a token the browser made itself, never under one it was given, so a link someone sends does
 *       not let them see what this browser imports next ({@link OwnerTokens#adopt}).</li>
 * </ul>
 * The tokens of a request are {@link #tokens(HttpServletRequest)}: a token given on this very
 * request counts at once.
 */
@Component
public class OwnerCookieFilter extends OncePerRequestFilter {
    /** Request attribute holding the tokens this request ends with. */
    static final String ATTRIBUTE = OwnerCookieFilter.class.getName() + ".tokens";
    static final Duration KEEP = Duration.ofDays(400);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> tokens = fromCookie(request);
        // only a GET's query is read: asking a POST for a parameter could consume an upload's body
        boolean get = "GET".equals(request.getMethod());
        String link = get && "/import".equals(path(request)) ? request.getParameter(OwnerTokens.PARAMETER) : null;
        if (link != null) {
            String t = link.strip().toUpperCase(java.util.Locale.ROOT);
            if (OwnerTokens.wellFormed(t)) {
                setCookie(request, response, OwnerTokens.adopt(tokens, t));
            }
            response.sendRedirect(request.getContextPath() + "/import");
            return;
        }
        if (tokens.isEmpty() && isPageLoad(request)) {
            tokens = List.of(OwnerTokens.next());
            setCookie(request, response, tokens);
        }
        request.setAttribute(ATTRIBUTE, tokens);
        chain.doFilter(request, response);
    }

    /** The owner tokens of a request: those the filter settled on, else those of its cookie. */
    @SuppressWarnings("unchecked")
    public static List<String> tokens(HttpServletRequest request) {
        Object a = request.getAttribute(ATTRIBUTE);
        return a instanceof List<?> l ? (List<String>) l : fromCookie(request);
    }

    static List<String> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (OwnerTokens.COOKIE.equals(c.getName())) {
                    return OwnerTokens.parse(c.getValue());
                }
            }
        }
        return List.of();
    }

    private static void setCookie(HttpServletRequest request, HttpServletResponse response, List<String> tokens) {
        ResponseCookie c = ResponseCookie.from(OwnerTokens.COOKIE, OwnerTokens.format(tokens))
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(KEEP).httpOnly(true).sameSite("Lax").secure(request.isSecure()).build();
        response.addHeader(HttpHeaders.SET_COOKIE, c.toString());
        request.setAttribute(ATTRIBUTE, tokens);
    }

    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
