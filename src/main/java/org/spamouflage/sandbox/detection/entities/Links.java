package org.spamouflage.sandbox.detection.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical keys for links, so that two posts sharing one destination are seen as sharing one object
 * however the link was written. Offline, without following redirects.
 *
 * <p>Rules, in order (each removes a difference that does not change the destination):
 * <ol>
 *   <li>Scheme and host are compared without case; the scheme itself is dropped ({@code http} and
 *       {@code https} copies of one page are one page), as are a leading {@code www.} and the default
 *       ports 80 and 443 (RFC 3986 §6.2.3, scheme-based normalisation).</li>
 *   <li>The fragment ({@code #…}) is dropped: it never reaches the server (RFC 3986 §3.5).</li>
 *   <li>Tracking parameters are dropped: {@code utm_*} (Google Analytics campaign tags), {@code fbclid},
 *       {@code gclid}, {@code dclid}, {@code msclkid}, {@code mc_cid}, {@code mc_eid}, {@code igshid}; on X/Twitter
 *       links also {@code s}, {@code t} and {@code ref_src} (the share sheet's markers). Other parameters
 *       keep their order.</li>
 *   <li>A trailing {@code /} of the path is dropped; the path's case is kept (paths are case-sensitive).</li>
 *   <li>A post on X/Twitter ({@code twitter.com}, {@code x.com}, {@code mobile.twitter.com}, path
 *       {@code /USER/status/ID} or {@code /i/web/status/ID}) becomes {@code x.com/status/ID}: the id alone
 *       names the post. A YouTube video ({@code youtube.com/watch?v=ID}, {@code youtu.be/ID},
 *       {@code youtube.com/shorts/ID}) becomes {@code youtube.com/watch?v=ID}.</li>
 *   <li><b>Short links</b> from link shorteners ({@link #SHORTENERS}: t.co, bit.ly, ow.ly, …) cannot be
 *       resolved offline: each stands only for itself. Its key keeps host and path exactly ({@code short:}
 *       prefix), so two short links count as one object only when identical, and never as the page they
 *       redirect to. (On X every link in a tweet's text is a fresh t.co link, except in re-shares of one
 *       tweet, which repeat the original's.)</li>
 * </ol>
 * A string that is not an http(s) or {@code www.} link gives null. Cost: O(length).
 */
public final class Links {
    /** Link shorteners whose links cannot be followed offline. */
    public static final Set<String> SHORTENERS = Set.of("t.co", "bit.ly", "bitly.com", "ow.ly", "tinyurl.com",
            "goo.gl", "buff.ly", "dlvr.it", "ift.tt", "fb.me", "lnkd.in", "trib.al", "is.gd", "j.mp", "amzn.to",
            "wp.me", "tiny.cc", "cutt.ly", "rebrand.ly", "shorturl.at", "rb.gy", "t.ly", "po.st", "su.pr", "ln.is",
            "dld.bz", "shar.es", "flip.it", "apne.ws", "reut.rs", "nyti.ms", "wapo.st", "on.wsj.com", "cnn.it",
            "bbc.in", "hill.cm", "politi.co", "abcn.ws", "nbcnews.to", "fxn.ws", "bloom.bg", "econ.st", "gu.com",
            "ti.me", "huff.to", "hubs.ly", "ht.ly", "s.id", "v.gd", "qr.ae", "sco.lt", "tmblr.co");

    private static final Set<String> X_HOSTS = Set.of("twitter.com", "x.com", "mobile.twitter.com", "mobile.x.com");
    private static final Set<String> YOUTUBE_HOSTS = Set.of("youtube.com", "m.youtube.com", "music.youtube.com");

    private Links() {
    }

    /** The canonical key of a link, or null when it is not an http(s)/www link. */
    public static String canonical(String link) {
        if (link == null) {
            return null;
        }
        String s = link.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        int rest;
        if (lower.startsWith("http://")) {
            rest = 7;
        } else if (lower.startsWith("https://")) {
            rest = 8;
        } else if (lower.startsWith("www.")) {
            rest = 0;
        } else {
            return null;
        }
        int hostEnd = rest;
        while (hostEnd < s.length() && "/?#".indexOf(s.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String authority = s.substring(rest, hostEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1); // user info is not part of the destination
        }
        String host = authority.toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon) {
            String port = host.substring(colon + 1);
            if (port.equals("80") || port.equals("443") || port.isEmpty()) {
                host = host.substring(0, colon);
            }
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.isEmpty() || host.indexOf('.') < 0) {
            return null;
        }
        String tail = s.substring(hostEnd);
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            tail = tail.substring(0, hash);
        }
        int q = tail.indexOf('?');
        String path = q >= 0 ? tail.substring(0, q) : tail;
        String query = q >= 0 ? tail.substring(q + 1) : "";
        if (SHORTENERS.contains(host)) {
            String p = stripTrailingSlash(path);
            return "short:" + host + p;
        }
        boolean x = X_HOSTS.contains(host);
        if (x) {
            String id = xStatusId(path);
            if (id != null) {
                return "x.com/status/" + id;
            }
            host = "x.com";
        }
        String video = youtubeId(host, path, query);
        if (video != null) {
            return "youtube.com/watch?v=" + video;
        }
        String kept = keptParameters(query, x);
        return host + stripTrailingSlash(path) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** True when the canonical key is a short link's (it stands only for itself). */
    public static boolean isShort(String canonicalKey) {
        return canonicalKey != null && canonicalKey.startsWith("short:");
    }

    private static String stripTrailingSlash(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    private static String xStatusId(String path) {
        String[] parts = path.split("/");
        // "", user, "status", id  |  "", "i", "web", "status", id
        for (int i = 1; i + 1 < parts.length; i++) {
            if ((parts[i].equals("status") || parts[i].equals("statuses")) && isDigits(parts[i + 1])) {
                return parts[i + 1];
            }
        }
        return null;
    }

    private static String youtubeId(String host, String path, String query) {
        if (host.equals("youtu.be")) {
            String id = stripTrailingSlash(path);
            return id.length() > 1 ? id.substring(1) : null;
        }
        if (!YOUTUBE_HOSTS.contains(host)) {
            return null;
        }
        if (path.equals("/watch") || path.equals("/watch/")) {
            for (String p : query.split("&")) {
                if (p.startsWith("v=") && p.length() > 2) {
                    return p.substring(2);
                }
            }
            return null;
        }
        if (path.startsWith("/shorts/") && path.length() > 8) {
            return stripTrailingSlash(path.substring(8));
        }
        return null;
    }

    private static String keptParameters(String query, boolean x) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String p : query.split("&")) {
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = (eq >= 0 ? p.substring(0, eq) : p).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("dclid")
                    || name.equals("msclkid") || name.equals("mc_cid") || name.equals("mc_eid")
                    || name.equals("igshid") || (x && (name.equals("s") || name.equals("t") || name.equals("ref_src")))) {
                continue;
            }
            kept.add(p);
        }
        return String.join("&", kept);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
