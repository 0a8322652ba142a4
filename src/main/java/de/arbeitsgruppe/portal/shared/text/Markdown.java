package de.arbeitsgruppe.portal.shared.text;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Text that people format with Markdown (the notes of the minutes), turned into HTML that is safe
 * in a page, a mail and a PDF. CommonMark renders; raw HTML in the input is escaped by the renderer
 * and, whatever slips through, the OWASP sanitizer's allow-list removes: no script, no event
 * handler, no style, no image (no request to a foreign server when the minutes are opened), no
 * link target. Links keep only http, https and mailto addresses and open nothing but the address.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).softbreak("<br />").build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "del", "ul", "ol", "li", "blockquote", "code", "pre",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowAttributes("start").matching(true, "[0-9]{1,6}").onElements("ol")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private Markdown() {
    }

    /** The text as a fragment of safe HTML; empty for null or blank text. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The text without its formatting, e.g. for search, diffs or a plain-text mail. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        var plain = new org.commonmark.renderer.text.TextContentRenderer.Builder().build();
        return plain.render(PARSER.parse(markdown)).strip();
    }
}
