package de.arbeitsgruppe.portal.protocol.internal;

import static de.arbeitsgruppe.portal.protocol.internal.ProtocolHtml.text;

import de.arbeitsgruppe.portal.protocol.ProtocolContent;
import java.util.regex.Pattern;

/**
 * The page frame of the minutes' PDF: the title on top of each page, the version and "Seite 3 von 7" at its
 * foot. Written as CSS margin boxes, the only place the renderer knows the page count; the texts come in as
 * CSS strings in which everything but plain letters and punctuation is escaped, so a meeting title cannot
 * end the string or the style sheet.
 */
final class ProtocolPage {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])}");
    /** A longer title would wrap into the page's text. */
    private static final int HEAD_LENGTH = 90;

    private ProtocolPage() {
    }

    static String rules(ProtocolContent content, String title) {
        return """

                @page {
                    size: A4;
                    margin: 22mm 18mm 22mm 20mm;
                    @top-left {
                        content: %s;
                        font-family: 'DejaVu Sans'; font-size: 8pt; color: #505050; vertical-align: bottom;
                    }
                    @bottom-left {
                        content: %s;
                        font-family: 'DejaVu Sans'; font-size: 8pt; color: #505050; vertical-align: top;
                    }
                    @bottom-right {
                        content: %s;
                        font-family: 'DejaVu Sans'; font-size: 8pt; color: #505050; vertical-align: top;
                        text-align: right;
                    }
                }
                """.formatted(string(truncated(title)), string(version(content)), pageNumbers());
    }

    private static String version(ProtocolContent content) {
        String version = content.version() == 0 ? text("protocol.pdf.footer.draft")
                : text("protocol.pdf.footer.version", String.valueOf(content.version()),
                        ProtocolHtml.date(content.approvedAt()));
        return content.partnerVersion() ? version + " · " + text("protocol.pdf.partnerVersion") : version;
    }

    /** "Seite {0} von {1}" as {@code "Seite " counter(page) " von " counter(pages)}. */
    private static String pageNumbers() {
        String pattern = text("protocol.pdf.page");
        var css = new StringBuilder();
        var matcher = PLACEHOLDER.matcher(pattern);
        int from = 0;
        while (matcher.find()) {
            css.append(string(pattern.substring(from, matcher.start())))
                    .append(matcher.group(1).equals("0") ? " counter(page) " : " counter(pages) ");
            from = matcher.end();
        }
        return css.append(string(pattern.substring(from))).toString();
    }

    private static String truncated(String text) {
        if (text.codePointCount(0, text.length()) <= HEAD_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, HEAD_LENGTH - 1)).strip() + "…";
    }

    private static String string(String text) {
        var css = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || " .,:;·–-()".indexOf(c) >= 0) {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }
}
