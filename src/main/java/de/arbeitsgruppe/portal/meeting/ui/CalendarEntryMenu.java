package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.Meeting;

/**
 * What a coordinator can do with a meeting chosen in the calendar, by touch or keyboard: open it, or
 * move it without dragging ("Verschieben").
 */
class CalendarEntryMenu extends Dialog {

    final Button open = new Button();
    final Button move = new Button();
    final Button close = new Button();

    CalendarEntryMenu(Meeting meeting, Runnable onOpen, Runnable onMove) {
        setHeaderTitle(meeting.getTitle());
        add(new Paragraph(Questions.period(meeting.getStart(), meeting.getEnd())));
        open.setText(getTranslation("calendar.entry.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> {
            close();
            onOpen.run();
        });
        move.setText(getTranslation("meeting.detail.move"));
        move.addClickListener(click -> {
            close();
            onMove.run();
        });
        close.setText(getTranslation("notice.close"));
        close.addClickListener(click -> close());
        getFooter().add(close, move, open);
        setWidth("min(32rem, 100%)");
    }
}
