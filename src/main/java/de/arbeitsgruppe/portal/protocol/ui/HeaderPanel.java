package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.arbeitsgruppe.portal.account.StaffMember;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.protocol.ProtocolContent;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolSheet;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import java.util.List;
import java.util.function.Consumer;

/**
 * The head of the minutes, taken from the meeting: type, date, place, chair, who writes, attendance.
 * The office names the chair and the minute-taker here while the minutes can be edited.
 */
class HeaderPanel extends Div {

    final TextField chair = new TextField();
    final ComboBox<StaffMember> minuteTaker = new ComboBox<>();
    final Button save = new Button();

    private final java.util.function.BooleanSupplier beforeReload;

    /** @param beforeReload saves what the editors hold before the page is shown anew; false when one could not */
    HeaderPanel(ProtocolSheet sheet, ProtocolContent.People attendance, ProtocolManagement protocols,
            Consumer<ProtocolSheet> reload, java.util.function.BooleanSupplier beforeReload) {
        this.beforeReload = beforeReload;
        addClassName("protocol-header");
        var meeting = sheet.meeting();
        add(line("protocol.header.type", getTranslation(meeting.getType().translationKey())));
        add(line("protocol.header.when", when(meeting)));
        if (meeting.getPlace() != null) {
            add(line("protocol.header.place", meeting.getPlace()));
        }
        if (sheet.exists()) {
            var protocol = sheet.protocol();
            add(line("protocol.header.state", getTranslation(protocol.getState().translationKey())));
            if (protocol.getCommentDeadline() != null && protocol.getApprovedAt() == null) {
                add(line("protocol.header.deadline", Formats.date(protocol.getCommentDeadline())));
            }
            if (protocol.getApprovedAt() != null) {
                add(line("protocol.header.approved", Formats.dateTime(protocol.getApprovedAt()),
                        protocol.getCurrentVersion()));
            }
            if (sheet.may().editHeader()) {
                add(form(sheet, protocols, reload));
            } else {
                add(line("protocol.header.chairLine", orDash(protocol.getChair())));
                add(line("protocol.header.minuteTakerLine", orDash(protocol.getMinuteTakerName())));
            }
        }
        var recorded = !attendance.present().isEmpty() || !attendance.excused().isEmpty()
                || !attendance.absent().isEmpty() || !attendance.guests().isEmpty();
        if (!recorded) {
            // partners read who attended in the approved minutes; the page hands out no invitee list
            if (sheet.may().readInternalNotes()) {
                add(line("protocol.header.noAttendance"));
            }
            return;
        }
        add(line("protocol.header.present", names(attendance.present())));
        add(line("protocol.header.excused", names(attendance.excused())));
        if (!attendance.absent().isEmpty()) {
            add(line("protocol.header.absent", names(attendance.absent())));
        }
        if (!attendance.guests().isEmpty()) {
            add(line("protocol.header.guests", names(attendance.guests())));
        }
    }

    private HorizontalLayout form(ProtocolSheet sheet, ProtocolManagement protocols, Consumer<ProtocolSheet> reload) {
        var protocol = sheet.protocol();
        chair.setLabel(getTranslation("protocol.header.chair"));
        chair.setMaxLength(120);
        chair.setValue(protocol.getChair() == null ? "" : protocol.getChair());
        minuteTaker.setLabel(getTranslation("protocol.header.minuteTaker"));
        minuteTaker.setHelperText(getTranslation("protocol.header.minuteTaker.help"));
        List<StaffMember> staff = protocols.minuteTakerCandidates();
        minuteTaker.setItems(staff);
        minuteTaker.setItemLabelGenerator(StaffMember::displayName);
        minuteTaker.setClearButtonVisible(true);
        staff.stream().filter(member -> member.username().equals(protocol.getMinuteTaker())).findFirst()
                .ifPresent(minuteTaker::setValue);
        save.setText(getTranslation("protocol.header.save"));
        save.addClickListener(click -> {
            if (!beforeReload.getAsBoolean()) {
                Notices.error(getTranslation("protocol.step.conflictOpen"));
                return;
            }
            var saved = SaveFailures.attempt(this, () -> protocols.saveHeader(protocol.getMeetingId(),
                    protocol.getVersion(), chair.getValue(),
                    minuteTaker.getValue() == null ? null : minuteTaker.getValue().username()));
            if (saved != null) {
                Notices.success(getTranslation("protocol.header.saved"));
                protocols.find(protocol.getMeetingId()).ifPresent(reload);
            }
        });
        var form = new HorizontalLayout(chair, minuteTaker, save);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Paragraph line(String key, Object... values) {
        var line = new Paragraph(getTranslation(key, values));
        line.addClassName("protocol-header-line");
        return line;
    }

    private String when(Meeting meeting) {
        return Formats.dateTime(meeting.getStart()) + " – " + Formats.end(meeting.getStart(), meeting.getEnd());
    }

    private String names(List<String> names) {
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
