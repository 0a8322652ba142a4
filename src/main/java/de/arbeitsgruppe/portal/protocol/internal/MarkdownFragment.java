package de.arbeitsgruppe.portal.protocol.internal;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The notes' safe HTML (from {@code Markdown.toSafeHtml}) placed into the minutes' document. It is parsed
 * as an HTML fragment into the tree, so whatever it holds ends up as elements and text, never as markup
 * that could close the document's own.
 */
final class MarkdownFragment {

    private static final int DEEPEST = 6;
    private static final Pattern FOLLOWABLE = Pattern.compile("^(https?:|mailto:).+", Pattern.CASE_INSENSITIVE);

    private MarkdownFragment() {
    }

    /**
     * @param aboveLevel the level of the heading the notes stand under
     */
    static void append(Element parent, String safeHtml, int aboveLevel) {
        var notes = parent.appendElement("div").addClass("notes");
        notes.append(safeHtml);
        nestHeadings(notes, aboveLevel);
        describeLinks(notes);
    }

    /**
     * A "# Heading" in the notes would stand above the item it belongs to, and a "###" right under the
     * item would skip a level; screen readers navigate by these levels and PDF/UA forbids skipping one.
     * So each heading goes one level below the item's at most, and never deeper than one below the one
     * before it.
     */
    private static void nestHeadings(Element notes, int aboveLevel) {
        int previous = aboveLevel;
        for (Element heading : notes.select("h1, h2, h3, h4, h5, h6")) {
            int written = heading.tagName().charAt(1) - '0';
            int level = Math.max(aboveLevel + 1, Math.min(Math.min(written + aboveLevel, previous + 1), DEEPEST));
            heading.tagName("h" + level);
            previous = level;
        }
    }

    /**
     * The address as the link's description: PDF/UA wants one, and a printed link shows no address. A link
     * the sanitizer emptied (it was "javascript:…") becomes its text, not a link to nowhere.
     */
    private static void describeLinks(Element notes) {
        for (Element link : notes.select("a")) {
            String address = link.attr("href").strip();
            if (FOLLOWABLE.matcher(address).matches()) {
                link.attr("title", address);
            } else {
                link.unwrap();
            }
        }
    }
}
