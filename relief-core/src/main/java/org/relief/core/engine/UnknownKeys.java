package org.relief.core.engine;

import java.util.Collection;
import java.util.Optional;

/** Suggests the known standard key nearest to a misspelt one (edit distance), for the refusal's message. */
final class UnknownKeys {
    private UnknownKeys() {
    }

    /** The known key within a few edits of {@code key} (the closest; the first in order on a tie), if any. */
    static Optional<String> nearest(String key, Collection<String> known) {
        String best = null;
        int bestDistance = Math.max(2, key.length() / 6) + 1;
        for (String k : known) {
            int d = distance(key, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
