package org.spamouflage.sandbox.i18n;

import java.util.List;

/**
 * A message to be shown in the reader's language later: a bundle key and its arguments. Code that
 * cannot know the reader's language (a library, a result shared by every visitor) returns these,
 * and the page turns them into text with {@link Texts#get(Msg)}. Arguments are values (numbers,
 * names from data); an argument that is itself a {@code Msg} is translated too.
 */
public record Msg(String key, List<Object> args) {
    public Msg {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }
}
