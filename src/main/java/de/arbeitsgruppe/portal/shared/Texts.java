package de.arbeitsgruppe.portal.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text helpers. For search: the embedded database has no full-text index, so records keep a list of
 * normalised words that an anchored, indexable prefix match can search on every MongoDB. For input:
 * control characters never reach a stored record or a file the portal writes.
 */
public final class Texts {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Control characters and the Unicode line and paragraph separators. */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");
    private static final Pattern CONTROLS_BUT_LINE_FEED = Pattern.compile("[\\p{Cc}\\u2028\\u2029&&[^\\n]]+");
    private static final Pattern CONTROLS_BUT_TAB = Pattern.compile("[\\p{Cc}\\u2028\\u2029&&[^\\t]]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");
    /** Longer searches are cut: nobody types more, and each word costs a condition. */
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_QUERY_WORDS = 8;

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

    /**
     * The folded words a user typed, each to be matched as a prefix of some token: of the first
     * {@link #MAX_QUERY_LENGTH} characters, at most {@link #MAX_QUERY_WORDS} words.
     */
    public static List<String> queryTokens(String query) {
        if (query == null) {
            return List.of();
        }
        var cut = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        return searchTokens(cut).stream().limit(MAX_QUERY_WORDS).toList();
    }

    /**
     * The folded words of a text in order, repetitions kept ("ALG II und SGB II" has two "ii"): for
     * matching phrases such as synonym terms, where {@link #searchTokens} would lose a word.
     */
    public static List<String> words(String text) {
        return text == null ? List.of()
                : Arrays.stream(NON_WORD.split(fold(text))).filter(word -> !word.isBlank()).toList();
    }

    /** The words a user typed, in order and with repetitions: the first {@link #MAX_QUERY_WORDS} of {@link #MAX_QUERY_LENGTH} characters. */
    public static List<String> queryWords(String query) {
        if (query == null) {
            return List.of();
        }
        var cut = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        return words(cut).stream().limit(MAX_QUERY_WORDS).toList();
    }

    /**
     * One line of text, trimmed: every run of control characters (line breaks and tabs included)
     * becomes a space. A lone carriage return in a name would otherwise start a new line in files
     * other programs read.
     */
    public static String singleLine(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll(" ").strip();
    }

    /** Text of several lines, trimmed: line breaks become line feeds, other control characters a space. */
    public static String multiLine(String text) {
        return text == null ? null
                : CONTROLS_BUT_LINE_FEED.matcher(LINE_BREAKS.matcher(text).replaceAll("\n")).replaceAll(" ").strip();
    }

    /**
     * Content lines of an iCalendar or vCard file, each ending in CRLF: a CR, LF or other control
     * character inside a line (which the libraries leave in parameter values) becomes a space, so no
     * parser can read a line the portal did not write.
     */
    public static String contentLines(String lines) {
        var parts = lines.split("\r\n", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = CONTROLS_BUT_TAB.matcher(parts[i]).replaceAll(" ");
        }
        return String.join("\r\n", parts);
    }

    public static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
