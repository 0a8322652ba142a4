package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import de.arbeitsgruppe.portal.protocol.WordDiff.Kind;
import de.arbeitsgruppe.portal.protocol.WordDiff.Segment;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The changes between two versions as {@code <ins>} and {@code <del>}, each announced to screen
 * readers ("eingefügt:", "entfernt:"), since most of them read neither element out. Long unchanged
 * stretches shrink to a little context around each change and "…", with the title of the item a
 * change lies in, so a correction in two hundred pages shows as a few lines that say where they are.
 */
class VersionDiff extends Div {

    /** Context kept on each side of a change: this many words, and never beyond the line after it. */
    static final int CONTEXT_WORDS = 20;
    /** More changes than this are left to the PDF: a page with tens of thousands of elements helps no one. */
    static final int MAX_CHANGES = 500;
    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    final Div text = new Div();
    private final Predicate<String> landmark;

    /** @param landmark tells the lines that say where in the text one is (an item's title), shown in place of a gap */
    VersionDiff(List<Segment> segments, Predicate<String> landmark) {
        this.landmark = landmark;
        addClassName("protocol-diff");
        text.addClassName("protocol-diff-text");
        if (segments.stream().noneMatch(Segment::changed)) {
            add(new Paragraph(getTranslation("protocol.versions.unchanged")));
            return;
        }
        add(text);
        var changes = 0;
        for (int i = 0; i < segments.size(); i++) {
            var segment = segments.get(i);
            if (segment.kind() == Kind.UNCHANGED) {
                unchanged(segment.text(), i == 0, i == segments.size() - 1);
            } else if (++changes > MAX_CHANGES) {
                add(new Paragraph(getTranslation("protocol.versions.truncated")));
                return;
            } else {
                changed(segment);
            }
        }
    }

    private void unchanged(String stretch, boolean first, boolean last) {
        var head = first ? "" : head(stretch);
        var tail = last ? "" : tail(stretch);
        if (head.length() + tail.length() >= stretch.length()) {
            appendText(stretch);
            return;
        }
        appendText(head.stripTrailing());
        gap();
        var omitted = stretch.substring(head.length(), stretch.length() - tail.length());
        var place = last || tail.lines().anyMatch(landmark) ? null
                : omitted.lines().filter(landmark).reduce((earlier, later) -> later).orElse(null);
        if (place != null) {
            var heading = new Element("span").setText(place);
            heading.getClassList().add("diff-landmark");
            text.getElement().appendChild(heading);
            if (!omitted.substring(omitted.lastIndexOf(place) + place.length()).isBlank()) {
                gap();
            }
        }
        appendText(tail.stripLeading());
    }

    private void gap() {
        var gap = new Element("span");
        gap.getClassList().add("diff-gap");
        gap.appendChild(hidden(getTranslation("protocol.versions.gap")));
        var dots = new Element("span").setText("…");
        dots.setAttribute("aria-hidden", "true");
        gap.appendChild(dots);
        text.getElement().appendChild(gap);
    }

    private void changed(Segment segment) {
        var added = segment.kind() == Kind.ADDED;
        var mark = new Element(added ? "ins" : "del");
        mark.getClassList().add(added ? "diff-added" : "diff-removed");
        mark.appendChild(hidden(getTranslation(added ? "protocol.versions.added" : "protocol.versions.removed") + " "),
                Element.createText(segment.text()));
        text.getElement().appendChild(mark);
    }

    private void appendText(String value) {
        if (!value.isEmpty()) {
            text.getElement().appendChild(Element.createText(value));
        }
    }

    private static Element hidden(String value) {
        var hidden = new Element("span").setText(value);
        hidden.getClassList().add("portal-visually-hidden");
        return hidden;
    }

    /**
     * The start of an unchanged stretch after a change: the rest of its line and the next line (blank
     * lines between paragraphs do not count), at most {@link #CONTEXT_WORDS} words.
     */
    static String head(String stretch) {
        var tokens = TOKEN.matcher(stretch);
        int words = 0;
        int lineBreaks = 0;
        int end = 0;
        while (tokens.find() && words < CONTEXT_WORDS) {
            var token = tokens.group();
            if (token.isBlank()) {
                if (token.indexOf('\n') >= 0 && ++lineBreaks >= 2) {
                    break;
                }
            } else {
                words++;
            }
            end = tokens.end();
        }
        return stretch.substring(0, end);
    }

    /** The end of an unchanged stretch before a change: the line before and the start of the changed line. */
    static String tail(String stretch) {
        var reversed = new StringBuilder(stretch).reverse().toString();
        return new StringBuilder(head(reversed)).reverse().toString();
    }
}
