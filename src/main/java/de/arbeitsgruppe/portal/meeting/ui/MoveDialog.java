package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * "Verschieben" without dragging (WCAG 2.5.7): the new start of one date, chosen with the keyboard or
 * by touch; the meeting keeps its length. Says what the invitees will hear of it, like the question
 * after a drag in the calendar.
 */
class MoveDialog extends Dialog {

    final DateTimePicker start = new DateTimePicker();
    final Paragraph before = new Paragraph();
    final Paragraph notice = new Paragraph();
    final Button move = new Button();
    final Button cancel = new Button();

    private final Meeting meeting;
    private final MeetingManagement meetings;
    private final Consumer<Meeting> onMoved;

    MoveDialog(Meeting meeting, MeetingManagement meetings, Consumer<Meeting> onMoved) {
        this.meeting = meeting;
        this.meetings = meetings;
        this.onMoved = onMoved;
        setHeaderTitle(getTranslation("meeting.move.title", meeting.getTitle()));
        before.setText(getTranslation("calendar.move.before", Questions.period(meeting.getStart(), meeting.getEnd())));
        notice.setText(getTranslation(meeting.getInvitedAt() == null ? "calendar.move.notInvited" : "calendar.move.notify"));
        start.setLabel(getTranslation("meeting.move.start"));
        start.setHelperText(getTranslation("meeting.move.start.help"));
        start.setStep(Duration.ofMinutes(15));
        // no required indicator: Vaadin puts aria-required on the picker's group, which ARIA does not allow
        // (axe aria-allowed-attr); an empty field is named next to it when "Verschieben" is chosen
        DatePickers.localise(start, this);
        start.setValue(meeting.localStart());
        move.setText(getTranslation("calendar.move.confirm"));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(click -> move());
        cancel.setText(getTranslation("calendar.move.cancel"));
        cancel.addClickListener(click -> close());
        add(before, start, notice);
        getFooter().add(cancel, move);
        setWidth("min(32rem, 100%)");
    }

    private void move() {
        if (start.getValue() == null || start.isInvalid()) {
            start.setInvalid(true);
            start.setErrorMessage(getTranslation("meeting.move.start.required"));
            return;
        }
        // the length as stored now: someone may have changed the end since this dialog opened
        var current = meetings.find(meeting.getId()).orElse(meeting);
        var length = Duration.between(current.getStart(), current.getEnd());
        var newStart = start.getValue().atZone(Formats.ZONE).toInstant();
        var moved = SaveFailures.attempt(this, () -> meetings.reschedule(meeting.getId(), newStart, newStart.plus(length)));
        if (moved != null) {
            close();
            Notices.success(getTranslation("calendar.move.done", Questions.period(moved.getStart(), moved.getEnd())));
            onMoved.accept(moved);
        }
    }
}
