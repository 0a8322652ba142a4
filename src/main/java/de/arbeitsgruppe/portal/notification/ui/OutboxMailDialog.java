package de.arbeitsgruppe.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.arbeitsgruppe.portal.notification.OutboxMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Details;
import java.io.ByteArrayInputStream;

/** One mail of the outbox as its recipients read it, with its attachments to download. */
class OutboxMailDialog extends Dialog {

    final Details details = new Details();
    final Div text = new Div();
    final UnorderedList attachments = new UnorderedList();
    final Button close = new Button();

    OutboxMailDialog(OutboxMail mail) {
        setHeaderTitle(mail.getSubject());
        setWidth("min(60rem, 95vw)");
        details.show("outbox.createdAt", Formats.dateTime(mail.getCreatedAt()));
        details.show("outbox.recipients", mail.recipientList());
        details.show("outbox.replyTo", mail.getReplyTo() == null ? null : mail.getReplyTo().display());
        details.show("outbox.status", getTranslation(mail.getStatus().translationKey()));
        details.show("outbox.sentAt", Formats.dateTime(mail.getSentAt()));
        details.show("outbox.error", mail.getError());
        details.show("outbox.createdBy", mail.getCreatedBy());
        text.setText(mail.getText());
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere")
                .set("border-block", "1px solid var(--lumo-contrast-20pct)").set("padding-block", "var(--lumo-space-m)");
        add(details, text);
        if (!mail.getAttachments().isEmpty()) {
            mail.getAttachments().forEach(attachment -> attachments.add(new ListItem(download(attachment))));
            add(new H3(getTranslation("outbox.attachments")), attachments);
        }
        close.setText(getTranslation("outbox.close"));
        close.addClickListener(click -> close());
        getFooter().add(close);
    }

    private Anchor download(Attachment attachment) {
        var handler = DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(attachment.content()), attachment.fileName(), attachment.contentType(),
                attachment.size()));
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD,
                getTranslation("outbox.attachment", attachment.fileName(), Math.max(1, attachment.size() / 1024)));
        anchor.addClassName("portal-download");
        return anchor;
    }
}
