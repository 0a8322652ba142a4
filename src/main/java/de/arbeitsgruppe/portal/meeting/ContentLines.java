package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.Texts;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1). ical4j's own folding counts
 * characters, so a German line with umlauts or dashes would grow past 75 octets.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /**
     * {@code unfolded}: content lines ending in CRLF, as {@code Calendar.toString()} writes them. A
     * control character inside a line (ical4j leaves a carriage return in a parameter such as
     * {@code CN}) becomes a space: no parser may read a property the portal did not write.
     */
    static String fold(String unfolded) {
        var folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : Texts.contentLines(unfolded).split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                int codePoint = line.codePointAt(i);
                int size = octets(codePoint);
                if (octets + size > MAX_OCTETS) {
                    // the continuation line starts with a space, which counts as one octet
                    folded.append(CRLF).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
            }
            folded.append(CRLF);
        }
        return folded.toString();
    }

    private static int octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
