package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.meeting.AgendaBacklog;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the backlog's and the meeting records' methods in the authorization matrix: a fresh
 * meeting or topic for every call, made by the matrix's admin, so each call can succeed once.
 */
final class AgendaAuthorizationArguments {

    private final MeetingManagement meetings;
    private final AgendaBacklog backlog;

    AgendaAuthorizationArguments(ApplicationContext context) {
        this.meetings = context.getBean(MeetingManagement.class);
        this.backlog = context.getBean(AgendaBacklog.class);
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("AgendaBacklog.add(BacklogItem)", who -> args(new BacklogItem(unique("Matrix Thema"), 10)));
        arguments.put("AgendaBacklog.list()", who -> args());
        arguments.put("AgendaBacklog.postpone(String, String)", who -> {
            var meeting = meeting();
            return args(meeting.getId(), meeting.getAgenda().getFirst().getId());
        });
        arguments.put("AgendaBacklog.remove(String)", who -> args(topic().getId()));
        arguments.put("AgendaBacklog.schedule(List, String)", who -> args(List.of(topic().getId()), meeting().getId()));
        arguments.put("AgendaBacklog.update(BacklogItem)", who -> {
            var topic = topic();
            topic.setTitle(unique("Matrix geändert"));
            return args(topic);
        });
        arguments.put("MeetingRecords.markHeld(String, Set)", who -> args(meeting().getId(), Set.of()));
        arguments.put("MeetingRecords.nextDate(String)", who -> args(meeting().getId()));
        arguments.put("MeetingRecords.recordAttendance(String, long, Map)", who -> {
            var meeting = meeting();
            return args(meeting.getId(), meeting.getVersion(), Map.of());
        });
        return arguments;
    }

    private Meeting meeting() {
        return meetings.create(AgendaFixtures.meeting(unique("Matrix Termin"), AgendaFixtures.farAhead(), 60,
                new AgendaItem("Matrix Punkt", 10)), null);
    }

    private BacklogItem topic() {
        return backlog.add(new BacklogItem(unique("Matrix Thema"), 10));
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
