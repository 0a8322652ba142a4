package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.VCards;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/** Download links for vCard files; the contacts are read when the link is clicked. */
final class VCardDownloads {

    private VCardDownloads() {
    }

    static Anchor link(String text, String fileName, Supplier<List<Contact>> contacts) {
        var handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = VCards.write(contacts.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, VCards.CONTENT_TYPE, bytes.length);
        });
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("portal-download");
        return anchor;
    }
}
