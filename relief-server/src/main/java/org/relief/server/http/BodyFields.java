package org.relief.server.http;

import java.util.Optional;
import org.relief.core.model.InvalidInputException;
import org.relief.testkit.json.StrictObject;

/**
 * The server's own bounds on top of {@link StrictObject}'s (which already bound every string):
 * the length each stored column holds, checked before storage so that the database never sees a
 * value it would refuse (422 naming the field).
 */
public final class BodyFields {
    private BodyFields() {
    }

    /** A required, non-blank string of at most {@code max} characters. */
    public static String text(StrictObject o, String key, int max) {
        return optionalText(o, key, max).orElseThrow(() -> InvalidInputException.required(o.path(key)));
    }

    /** An optional string of at most {@code max} characters; blank counts as absent. */
    public static Optional<String> optionalText(StrictObject o, String key, int max) {
        Optional<String> t = o.text(key).filter(s -> !s.isBlank());
        if (t.isPresent() && t.get().length() > max) {
            throw InvalidInputException.invalid(o.path(key), "不超过 " + max + " 个字符，收到 " + t.get().length(),
                    "at most " + max + " characters, got " + t.get().length());
        }
        return t;
    }
}
