package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Playground visitor without a browser: it speaks the HTTP protocol that Vaadin's own browser
 * client speaks, so the server does exactly what it does for a real visitor (a session, a UI, the
 * Playground view, its run on the compute pool, the charts it sends). The steps, as the browser
 * takes them: load the page ({@code GET /?query}), bootstrap the UI ({@code GET ?v-r=init}),
 * navigate ({@code ui-navigate} event over {@code POST ?v-r=uidl}), then wait for the results.
 * Differences from a browser: results are fetched by an empty UIDL request every {@code poll}
 * instead of arriving over the push websocket (the server keeps the same changes for whichever
 * comes first), and nothing is drawn.
 */
final class UidlVisitor {
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT = Pattern.compile("\"clientId\":(\\d+)");
    /**
     * The Playground's counts line, present once a result is shown. Numbers carry the page's grouping
     * separators ("1,234" in English), so digits may be grouped.
     */
    static final Pattern RESULT = Pattern.compile("\\d[\\d,]* accounts? scored · \\d[\\d,]* posts?");
    private static final String[] ERRORS = {"The run failed", "do not make a scenario the page can run", "Internal error"};

    /** What one visit gave. */
    record Visit(boolean ok, String detail, double pageMs, double resultMs, int uidlBytes) {
    }

    private final String base;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration poll;
    private String key;
    private int uiId;
    private int syncId;
    private int clientId;

    UidlVisitor(String base, Duration timeout, Duration poll) {
        this.base = base;
        this.timeout = timeout;
        this.poll = poll;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Opens the Playground on {@code query} in a new tab of this visitor's browser session and waits for its result. */
    Visit open(String query) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> page = get("/?" + query);
        if (page.statusCode() != 200) {
            return new Visit(false, "page: HTTP " + page.statusCode(), ms(t0), 0, 0);
        }
        double pageMs = ms(t0);
        HttpResponse<String> init = get("/?v-r=init&location=&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        String body = init.body();
        Matcher k = KEY.matcher(body);
        Matcher u = UI_ID.matcher(body);
        if (init.statusCode() != 200 || !k.find() || !u.find()) {
            return new Visit(false, "init: HTTP " + init.statusCode(), pageMs, 0, 0);
        }
        key = k.group(1);
        uiId = Integer.parseInt(u.group(1));
        syncId = firstInt(SYNC, body, 0);
        clientId = firstInt(CLIENT, body, 0);
        String navigate = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":"
                + json(query) + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
        long t1 = System.nanoTime();
        int bytes = 0;
        String response = uidl(navigate);
        bytes += response.length();
        long deadline = t1 + timeout.toNanos();
        while (true) {
            if (RESULT.matcher(response).find()) {
                return new Visit(true, "", pageMs, ms(t1), bytes);
            }
            for (String e : ERRORS) {
                if (response.contains(e)) {
                    return new Visit(false, "the page says: " + e, pageMs, ms(t1), bytes);
                }
            }
            if (System.nanoTime() > deadline) {
                return new Visit(false, "no result within " + timeout.toSeconds() + " s", pageMs, ms(t1), bytes);
            }
            Thread.sleep(poll.toMillis());
            response = uidl(null);
            bytes += response.length();
        }
    }

    private String uidl(String rpc) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + (rpc == null ? "" : rpc) + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("UIDL request: HTTP " + r.statusCode());
        }
        String text = r.body();
        syncId = firstInt(SYNC, text, syncId);
        clientId = firstInt(CLIENT, text, clientId + 1);
        return text;
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first value of {@code p} in a UIDL response (its own syncId and clientId come first), or {@code otherwise}. */
    private static int firstInt(Pattern p, String text, int otherwise) {
        Matcher m = p.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
