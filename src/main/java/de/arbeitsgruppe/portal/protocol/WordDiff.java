package de.arbeitsgruppe.portal.protocol;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word, as readers of two versions of the minutes want to
 * see it. Lines are compared first and only changed lines word by word: two hundred pages with a
 * handful of corrections stay quick, because the word-level comparison never sees the whole text.
 * Whitespace is kept as tokens of its own, so the segments put together give back each text exactly.
 */
public final class WordDiff {

    /** Words (letters with their marks and digits), runs of whitespace, and every other character alone. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|.", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    public enum Kind { UNCHANGED, ADDED, REMOVED }

    public record Segment(Kind kind, String text) {

        public boolean changed() {
            return kind != Kind.UNCHANGED;
        }
    }

    private WordDiff() {
    }

    /** The segments that turn {@code original} into {@code revised}; neighbours never share a kind. */
    public static List<Segment> between(String original, String revised) {
        var segments = new Segments();
        for (AbstractDelta<String> delta : DiffUtils.diff(split(original, LINE), split(revised, LINE), true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> segments.add(Kind.UNCHANGED, String.join("", delta.getSource().getLines()));
                case DELETE -> segments.add(Kind.REMOVED, String.join("", delta.getSource().getLines()));
                case INSERT -> segments.add(Kind.ADDED, String.join("", delta.getTarget().getLines()));
                case CHANGE -> words(String.join("", delta.getSource().getLines()),
                        String.join("", delta.getTarget().getLines()), segments);
            }
        }
        return segments.list;
    }

    /** The first text again, put together from the segments: all but what was added. */
    public static String original(List<Segment> segments) {
        return join(segments, Kind.ADDED);
    }

    /** The second text again: all but what was removed. */
    public static String revised(List<Segment> segments) {
        return join(segments, Kind.REMOVED);
    }

    /**
     * Word by word; a stretch of mere whitespace between two changes joins them, so "Das Jobcenter" →
     * "Die Agentur" reads as one replacement rather than two words struck through and inserted in turn.
     */
    private static void words(String original, String revised, Segments segments) {
        var deltas = DiffUtils.diff(split(original, TOKEN), split(revised, TOKEN), true).getDeltas();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        for (int i = 0; i < deltas.size(); i++) {
            var delta = deltas.get(i);
            var before = String.join("", delta.getSource().getLines());
            if (delta.getType() != DeltaType.EQUAL) {
                removed.append(before);
                added.append(String.join("", delta.getTarget().getLines()));
            } else if (before.isBlank() && (!removed.isEmpty() || !added.isEmpty()) && i + 1 < deltas.size()) {
                removed.append(before);
                added.append(before);
            } else {
                flush(removed, added, segments);
                segments.add(Kind.UNCHANGED, before);
            }
        }
        flush(removed, added, segments);
    }

    private static void flush(StringBuilder removed, StringBuilder added, Segments segments) {
        segments.add(Kind.REMOVED, removed.toString());
        segments.add(Kind.ADDED, added.toString());
        removed.setLength(0);
        added.setLength(0);
    }

    private static List<String> split(String text, Pattern pattern) {
        var tokens = new ArrayList<String>();
        if (text == null) {
            return tokens;
        }
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String join(List<Segment> segments, Kind left) {
        var text = new StringBuilder();
        segments.stream().filter(segment -> segment.kind() != left).forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    /** Collects segments and joins a segment to the one before it when both are of the same kind. */
    private static final class Segments {

        private final List<Segment> list = new ArrayList<>();

        void add(Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            var last = list.isEmpty() ? null : list.getLast();
            if (last != null && last.kind() == kind) {
                list.set(list.size() - 1, new Segment(kind, last.text() + text));
            } else {
                list.add(new Segment(kind, text));
            }
        }
    }
}
