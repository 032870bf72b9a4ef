package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a JSON text starts, so a validation problem about {@code
 * $.campaign.origin.hijacked} can say "line 14". Paths use the validator's notation: {@code $},
 * {@code .name} for object fields, {@code [i]} for array items. Text that stops parsing part-way
 * keeps the lines found up to there.
 */
public final class JsonLines {
    private final Map<String, Integer> lines;

    private JsonLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    public static JsonLines of(String json) {
        Map<String, Integer> out = new HashMap<>();
        out.put("$", 1);
        try (JsonParser p = new JsonFactory().createParser(json)) {
            Deque<Frame> frames = new ArrayDeque<>();
            String field = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.FIELD_NAME) {
                    field = frames.peek().path + "." + p.currentName();
                    out.putIfAbsent(field, line);
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                String here;
                if (frames.isEmpty()) {
                    here = "$";
                } else if (frames.peek().array) {
                    here = frames.peek().path + "[" + frames.peek().next++ + "]";
                    out.putIfAbsent(here, line);
                } else {
                    here = field;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    frames.push(new Frame(here, t == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Broken JSON: the lines found so far still help.
        }
        return new JsonLines(out);
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int next;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }

    /**
     * The line of {@code path}, or of its nearest enclosing field that exists in the text (a
     * missing field is reported at its parent object); 1 for the whole file.
     */
    public int lineOf(String path) {
        String p = path == null || path.isEmpty() ? "$" : path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return 1;
            }
            p = p.substring(0, cut);
        }
    }
}
