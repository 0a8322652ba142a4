package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.report.ReportContribution;
import de.arbeitsgruppe.portal.report.ReportRequest;
import de.arbeitsgruppe.portal.report.ReportSection;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Meetings that began in the period by type and state, attendance at the held ones per organisation
 * (invited contacts by their organisation, guests together), and the joint events held.
 */
@Component
class MeetingFigures implements ReportContribution {

    static final String KEY = "meetings";
    static final String JOINT_EVENTS = "jointEvents";

    private final MeetingManagement meetings;
    private final ContactDirectory directory;
    private final OrganisationNames names;

    MeetingFigures(MeetingManagement meetings, ContactDirectory directory, OrganisationNames names) {
        this.meetings = meetings;
        this.directory = directory;
        this.names = names;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        var all = meetings.startedBetween(request.period().start(), request.period().end());
        var held = all.stream().filter(meeting -> meeting.getState() == MeetingState.HELD).toList();
        var tables = new ArrayList<ReportTable>();
        tables.add(byTypeAndState(request, all));
        tables.add(attendance(request, held));
        tables.add(jointEvents(request, held));
        return new ReportSection(KEY, request.text("report.meetings.title"), request.text("report.meetings.note"), tables);
    }

    private static ReportTable byTypeAndState(ReportRequest request, List<Meeting> all) {
        var columns = Arrays.stream(MeetingState.values()).map(state -> request.text(state.translationKey())).toList();
        var rows = new ArrayList<Row>();
        for (var type : MeetingType.values()) {
            var counts = new EnumMap<MeetingState, Long>(MeetingState.class);
            all.stream().filter(meeting -> meeting.getType() == type)
                    .forEach(meeting -> counts.merge(meeting.getState(), 1L, Long::sum));
            rows.add(new Row(request.text(type.translationKey()),
                    Arrays.stream(MeetingState.values()).map(state -> counts.getOrDefault(state, 0L).doubleValue()).toList()));
        }
        return new ReportTable(request.text("report.meetings.byType"), request.text("report.meetings.type"), columns, rows, true);
    }

    private ReportTable attendance(ReportRequest request, List<Meeting> held) {
        var contactIds = held.stream().flatMap(meeting -> meeting.getAttendance().keySet().stream()).toList();
        var organisationOf = directory.organisationsOf(contactIds);
        var guests = request.text("report.meetings.guests");
        var known = names.all();
        var counts = new LinkedHashMap<String, long[]>();
        for (var meeting : held) {
            meeting.getAttendance().forEach((invitee, attendance) -> {
                var organisation = organisationOf.get(invitee);
                if (organisation == null && !request.isWholeGroup() || organisation != null && !request.covers(organisation)) {
                    return;
                }
                var label = organisation == null ? guests : OrganisationNames.nameIn(known, organisation, guests);
                counts.computeIfAbsent(label, any -> new long[Attendance.values().length])[attendance.ordinal()]++;
            });
        }
        var rows = counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new Row(entry.getKey(), Arrays.stream(entry.getValue()).mapToDouble(v -> v).boxed().toList()))
                .toList();
        var columns = Arrays.stream(Attendance.values()).map(value -> request.text(value.translationKey())).toList();
        return new ReportTable(request.text("report.meetings.attendance"), request.text("report.organisation"), columns,
                rows, true);
    }

    private static ReportTable jointEvents(ReportRequest request, List<Meeting> held) {
        var rows = held.stream().filter(meeting -> meeting.getType() == MeetingType.JOINT_EVENT)
                .map(meeting -> Row.of(Formats.date(meeting.getStart().atZone(Formats.ZONE).toLocalDate()) + " "
                        + meeting.getTitle(), meeting.getAttendance().values().stream()
                        .filter(value -> value == Attendance.PRESENT).count()))
                .toList();
        return new ReportTable(request.text("report.meetings.jointEvents"), request.text("report.meetings.event"),
                List.of(request.text("report.meetings.present")), rows, false);
    }
}
