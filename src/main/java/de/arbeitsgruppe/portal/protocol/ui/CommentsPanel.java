package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.protocol.CommentDeadlinePassed;
import de.arbeitsgruppe.portal.protocol.ProtocolComment;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import java.util.List;

/** Comments on one item while the minutes are sent round, and a field to add one for those who may. */
class CommentsPanel extends Div {

    final TextArea text = new TextArea();
    final Button send = new Button();
    private final Div list = new Div();
    private final ProtocolManagement protocols;
    private final String meetingId;
    private final String agendaItemId;

    CommentsPanel(ProtocolManagement protocols, String meetingId, String agendaItemId, List<ProtocolComment> comments,
            boolean mayComment) {
        this.protocols = protocols;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        addClassName("protocol-comments");
        comments.forEach(this::show);
        if (comments.isEmpty() && !mayComment) {
            setVisible(false);
        }
        add(new H4(getTranslation("protocol.comments.heading")), list);
        if (mayComment) {
            text.setLabel(getTranslation("protocol.comments.new"));
            text.setMaxLength(ProtocolComment.MAX_TEXT);
            text.setWidthFull();
            send.setText(getTranslation("protocol.comments.send"));
            send.addClickListener(click -> send());
            add(text, send);
        }
    }

    private void show(ProtocolComment comment) {
        var entry = new Paragraph();
        entry.addClassName("protocol-comment");
        var author = comment.getOrganisationName() == null ? comment.getAuthorName()
                : comment.getAuthorName() + " (" + comment.getOrganisationName() + ")";
        entry.setText(getTranslation("protocol.comments.line", author, Formats.dateTime(comment.getCreatedAt()),
                comment.getText()));
        list.add(entry);
    }

    void send() {
        if (text.getValue().isBlank()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        // a late comment is told next to the field; conflicts and outages as everywhere else
        try {
            var saved = SaveFailures.attempt(this, () -> protocols.comment(meetingId, agendaItemId, text.getValue()));
            if (saved != null) {
                show(saved);
                text.clear();
                text.setInvalid(false);
                Notices.success(getTranslation("protocol.comments.sent"));
            }
        } catch (CommentDeadlinePassed e) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("protocol.comments.late", Formats.date(e.deadline())));
        }
    }
}
