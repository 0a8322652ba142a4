package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.Meeting;

/**
 * What can be done with a meeting chosen in the calendar, by touch or keyboard: open it, open its
 * minutes, or (coordinators) move it without dragging ("Verschieben").
 */
class CalendarEntryMenu extends Dialog {

    final Button open = new Button();
    final Button minutes = new Button();
    final Button move = new Button();
    final Button close = new Button();

    /**
     * @param onMinutes opens the minutes; null when there are none the user may read
     * @param onMove moves the meeting; null when the user may not move it
     */
    CalendarEntryMenu(Meeting meeting, Runnable onOpen, Runnable onMinutes, Runnable onMove) {
        setHeaderTitle(meeting.getTitle());
        add(new Paragraph(Questions.period(meeting.getStart(), meeting.getEnd())));
        open.setText(getTranslation("calendar.entry.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> run(onOpen));
        minutes.setText(getTranslation("calendar.entry.minutes"));
        minutes.setVisible(onMinutes != null);
        minutes.addClickListener(click -> run(onMinutes));
        move.setText(getTranslation("meeting.detail.move"));
        move.setVisible(onMove != null);
        move.addClickListener(click -> run(onMove));
        close.setText(getTranslation("notice.close"));
        close.addClickListener(click -> close());
        getFooter().add(close, move, minutes, open);
        setWidth("min(32rem, 100%)");
    }

    private void run(Runnable action) {
        close();
        action.run();
    }
}
