package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;

/**
 * "Termin verschieben?": asked after a coordinator dragged a meeting in the calendar, with the old
 * and the new time and whether the invitees will hear of it.
 */
class RescheduleDialog extends ConfirmDialog {

    final Paragraph before = new Paragraph();
    final Paragraph after = new Paragraph();
    final Paragraph notice = new Paragraph();

    RescheduleDialog(Meeting meeting, Instant start, Instant end, Runnable onConfirm, Runnable onCancel) {
        setHeader(getTranslation("calendar.move.title"));
        before.setText(getTranslation("calendar.move.before", period(meeting.getStart(), meeting.getEnd())));
        after.setText(getTranslation("calendar.move.after", period(start, end)));
        notice.setText(getTranslation(meeting.getInvitedAt() == null ? "calendar.move.notInvited" : "calendar.move.notify"));
        setText(new Div(new Paragraph(getTranslation("calendar.move.question", meeting.getTitle())), before, after,
                notice));
        setConfirmText(getTranslation("calendar.move.confirm"));
        setCancelable(true);
        setCancelText(getTranslation("calendar.move.cancel"));
        // Lumo's blue tertiary text on the grey footer stays below 4.5:1
        setCancelButtonTheme("tertiary contrast");
        addConfirmListener(confirm -> onConfirm.run());
        addCancelListener(cancel -> onCancel.run());
        // Escape closes the dialog as Cancel would, and so must put the entry back
        setCloseOnEsc(true);
    }

    /** "03.12.2026, 14:00–15:30", or both dates when it ends on another day. */
    static String period(Instant start, Instant end) {
        return Formats.dateTime(start) + (Formats.sameDay(start, end) ? "–" : " – ") + Formats.end(start, end);
    }
}
