package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.arbeitsgruppe.portal.protocol.ProtocolText;
import de.arbeitsgruppe.portal.protocol.ProtocolVersion;
import de.arbeitsgruppe.portal.protocol.WordDiff;
import de.arbeitsgruppe.portal.shared.Formats;

/** One approved version: when and by whom, why (for a correction), its PDF, and what changed since the one before. */
class VersionEntry extends Section {

    final H2 title = new H2();
    final Paragraph reason = new Paragraph();
    final Anchor pdf = new Anchor();
    final H3 changesTitle = new H3();
    final VersionDiff diff;

    /**
     * @param text the version as plain text ({@code ProtocolText})
     * @param previousText the version before as plain text, null for the first
     */
    VersionEntry(String meetingId, ProtocolVersion version, String text, String previousText) {
        addClassName("protocol-version");
        var number = String.valueOf(version.getNumber());
        title.setText(getTranslation("protocol.versions.entry", number, Formats.dateTime(version.getCreatedAt()),
                version.getCreatedBy()));
        add(title);
        if (version.getReason() != null) {
            reason.setText(getTranslation("protocol.versions.reason", version.getReason()));
            add(reason);
        }
        pdf.setHref(ProtocolPdfController.versionPath(meetingId, version.getNumber()));
        pdf.setText(getTranslation("protocol.versions.pdf", number));
        // a file of the PDF endpoint, not a page of the router
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        add(new Paragraph(pdf));
        if (previousText == null) {
            diff = null;
            return;
        }
        changesTitle.setText(getTranslation("protocol.versions.changes", String.valueOf(version.getNumber() - 1)));
        diff = new VersionDiff(WordDiff.between(previousText, text), ProtocolText::isItemTitle);
        add(changesTitle, diff);
    }
}
