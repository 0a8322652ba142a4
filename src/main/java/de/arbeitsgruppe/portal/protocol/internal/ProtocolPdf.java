package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.ProtocolContent;
import de.arbeitsgruppe.portal.shared.text.PdfA;
import java.util.Objects;

/**
 * The minutes as a PDF for mail, download and the records office: {@link PdfA} (PDF/A-3a, PDF/UA-1)
 * laid out from {@link ProtocolHtml}. Needs no Spring: it is a pure function of the content.
 */
public final class ProtocolPdf {

    private ProtocolPdf() {
    }

    public static byte[] render(ProtocolContent content) {
        Objects.requireNonNull(content, "content");
        var html = ProtocolHtml.document(content);
        return PdfA.render(html, html.title(), html.selectFirst("html").attr("lang"));
    }
}
