package de.arbeitsgruppe.portal.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text helpers for search: the embedded database has no full-text index, so records keep a list of
 * normalised words that an anchored, indexable prefix match can search on every MongoDB.
 */
public final class Texts {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /**
     * Lower case, umlauts folded so that "Müller", "Mueller" and "muller" meet, and accents dropped
     * so that names typed on a German keyboard ("Yilmaz", "Lukasz") find "Yılmaz" and "Łukasz".
     */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "a").replace("ö", "o").replace("ü", "u")
                .replace("ae", "a").replace("oe", "o").replace("ue", "u")
                .replace("ß", "ss")
                // letters that Unicode does not split into base letter and mark
                .replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The folded words of all given texts, for a record's search-token field. */
    public static List<String> searchTokens(String... texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Arrays.stream(NON_WORD.split(fold(text))).filter(t -> !t.isBlank()).forEach(tokens::add);
        }
        return List.copyOf(tokens);
    }

    /** The folded words a user typed, each to be matched as a prefix of some token. */
    public static List<String> queryTokens(String query) {
        return query == null ? List.of() : searchTokens(query);
    }

    public static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
