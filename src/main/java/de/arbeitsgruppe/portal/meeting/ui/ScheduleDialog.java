package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.List;
import java.util.function.Predicate;

/** "In Termin übernehmen": which upcoming date a backlog topic goes on. */
class ScheduleDialog extends Dialog {

    final ComboBox<Meeting> meeting = new ComboBox<>();
    final Button take = new Button();

    /** @param action schedules into the chosen date; false keeps the dialog open (it showed why) */
    ScheduleDialog(BacklogItem item, List<Meeting> upcoming, Predicate<Meeting> action) {
        setHeaderTitle(getTranslation("backlog.schedule.title", item.getTitle()));
        meeting.setLabel(getTranslation("backlog.schedule.meeting"));
        meeting.setItems(upcoming);
        meeting.setItemLabelGenerator(date -> getTranslation("backlog.schedule.option",
                Formats.dateTime(date.getStart()), date.getTitle()));
        meeting.setRequiredIndicatorVisible(true);
        meeting.setI18n(new ComboBox.ComboBoxI18n().setRequiredErrorMessage(getTranslation("validation.required")));
        meeting.setWidthFull();
        take.setText(getTranslation("backlog.schedule"));
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.addClickListener(click -> {
            if (meeting.isEmpty()) {
                meeting.setInvalid(true);
                meeting.setErrorMessage(getTranslation("validation.required"));
            } else if (action.test(meeting.getValue())) {
                close();
            }
        });
        var cancel = new Button(getTranslation("form.cancel"), click -> close());
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("backlog.schedule.none")));
            take.setVisible(false);
        } else {
            add(meeting);
        }
        getFooter().add(cancel, take);
        setWidth("min(36rem, 100%)");
    }
}
