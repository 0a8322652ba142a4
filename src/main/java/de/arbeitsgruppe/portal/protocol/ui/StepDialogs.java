package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.protocol.ProtocolApproval;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** The questions before a step of the minutes: until when comments are taken, in which meeting they were approved, why they are corrected. */
final class StepDialogs {

    private StepDialogs() {
    }

    static Dialog circulate(Component owner, LocalDate suggested, Predicate<LocalDate> send) {
        var deadline = new DatePicker(owner.getTranslation("protocol.circulate.deadline"));
        DatePickers.localise(deadline, owner);
        deadline.setMin(Formats.today());
        deadline.setValue(suggested);
        deadline.setRequiredIndicatorVisible(true);
        deadline.setHelperText(owner.getTranslation("protocol.circulate.help"));
        return dialog(owner, "protocol.circulate.title", "protocol.circulate.confirm", deadline, () -> {
            if (deadline.getValue() == null || deadline.getValue().isBefore(Formats.today())) {
                deadline.setInvalid(true);
                deadline.setErrorMessage(owner.getTranslation("protocol.circulate.deadlineInvalid"));
                return false;
            }
            return send.test(deadline.getValue());
        });
    }

    static Dialog approve(Component owner, List<Meeting> meetings, Predicate<Meeting> approve) {
        var meeting = new Select<Meeting>();
        meeting.setLabel(owner.getTranslation("protocol.approve.meeting"));
        meeting.setItems(meetings);
        meeting.setItemLabelGenerator(choice -> owner.getTranslation("protocol.approve.meetingChoice",
                choice.getTitle(), Formats.dateTime(choice.getStart())));
        meeting.setHelperText(owner.getTranslation("protocol.approve.help"));
        // no required indicator: Vaadin puts aria-required on the select's button, which ARIA does not allow
        // (axe aria-allowed-attr); the first meeting is chosen, and no choice is named next to the field
        meeting.setEmptySelectionAllowed(false);
        if (!meetings.isEmpty()) {
            meeting.setValue(meetings.getFirst());
        }
        return dialog(owner, "protocol.approve.title", "protocol.approve.confirm", meeting, () -> {
            if (meeting.getValue() == null) {
                meeting.setInvalid(true);
                meeting.setErrorMessage(owner.getTranslation("protocol.approve.noMeeting"));
                return false;
            }
            return approve.test(meeting.getValue());
        });
    }

    static Dialog finishCorrection(Component owner, Predicate<String> finish) {
        var reason = new TextArea(owner.getTranslation("protocol.correction.reason"));
        reason.setMaxLength(ProtocolApproval.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setHelperText(owner.getTranslation("protocol.correction.help"));
        return dialog(owner, "protocol.correction.title", "protocol.correction.confirm", reason, () -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(owner.getTranslation("protocol.correction.reasonRequired"));
                return false;
            }
            return finish.test(reason.getValue());
        });
    }

    private static Dialog dialog(Component owner, String titleKey, String confirmKey, Component field,
            java.util.function.BooleanSupplier confirmed) {
        var dialog = new Dialog(owner.getTranslation(titleKey));
        dialog.add(field);
        var confirm = new Button(owner.getTranslation(confirmKey), click -> {
            if (confirmed.getAsBoolean()) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("form.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 100%)");
        return dialog;
    }
}
