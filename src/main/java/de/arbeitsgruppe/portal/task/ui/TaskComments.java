package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.task.TaskComment;
import java.util.List;

/**
 * A task's comments, oldest first, and for the owner side and the office a field to add one. The
 * field keeps its text when the list is shown anew (after someone else's change), so nothing typed is lost.
 */
class TaskComments extends Div {

    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final TextArea text = new TextArea();
    final Button send = new Button();

    TaskComments(Runnable onSend) {
        addClassName("task-comments");
        empty.setText(getTranslation("task.detail.comments.empty"));
        empty.addClassName("portal-empty");
        text.setLabel(getTranslation("task.detail.comments.new"));
        text.setMaxLength(TaskComment.MAX_TEXT);
        text.setWidthFull();
        send.setText(getTranslation("task.detail.comments.send"));
        send.addClickListener(click -> onSend.run());
        add(new H2(getTranslation("task.detail.comments.title")), list, empty, text, send);
    }

    void show(List<TaskComment> comments, boolean mayComment) {
        list.removeAll();
        comments.forEach(this::show);
        empty.setVisible(comments.isEmpty());
        text.setVisible(mayComment);
        send.setVisible(mayComment);
    }

    /** A text to send, or null after marking the empty field. */
    String textToSend() {
        if (text.getValue().isBlank()) {
            refuse(getTranslation("task.validation.comment"));
            return null;
        }
        text.setInvalid(false);
        return text.getValue();
    }

    void refuse(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    void sent() {
        text.clear();
        text.setInvalid(false);
    }

    private void show(TaskComment comment) {
        var author = comment.getAuthorOrganisationName() == null ? comment.getAuthorName()
                : getTranslation("task.detail.comments.author", comment.getAuthorName(), comment.getAuthorOrganisationName());
        var head = new Paragraph(getTranslation("task.detail.comments.line", author, Formats.dateTime(comment.getAt())));
        head.addClassName("task-comment-head");
        head.getStyle().set("font-weight", "600").set("margin-block-end", "0");
        var body = new Paragraph(comment.getText());
        body.getStyle().set("white-space", "pre-line").set("margin-block-start", "0");
        var entry = new Div(head, body);
        entry.addClassName("task-comment");
        list.add(entry);
    }
}
