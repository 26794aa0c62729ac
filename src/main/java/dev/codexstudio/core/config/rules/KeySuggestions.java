package dev.codexstudio.core.config.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions for unknown keys, by edit distance and by known-key suffixes. */
final class KeySuggestions {

    private KeySuggestions() {
    }

    /**
     * The known key closest to {@code unknown}: one whose name ends with {@code _unknown} (as
     * {@code model_reasoning_effort} for {@code reasoning_effort}), else the one with the smallest edit distance when
     * that distance is small for the key's length.
     */
    static Optional<String> closest(String unknown, Collection<String> known) {
        String u = unknown.toLowerCase(Locale.ROOT).replace('-', '_');
        String suffixMatch = null;
        for (String k : known) {
            String lk = k.toLowerCase(Locale.ROOT);
            if (lk.equals(u) && !k.equals(unknown)) {
                return Optional.of(k);
            }
            if (u.length() >= 4 && lk.endsWith("_" + u) && (suffixMatch == null || k.length() < suffixMatch.length())) {
                suffixMatch = k;
            }
        }
        if (suffixMatch != null) {
            return Optional.of(suffixMatch);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(u, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, unknown.length() / 4));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
