package de.arbeitsgruppe.portal.meeting;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Meetings for the agenda, backlog and attendance tests: far in the future on a day of their own,
 * so that they never meet the demo meetings or each other in lists of upcoming dates.
 */
public final class AgendaFixtures {

    public static final String WEBER = "c-agentur-weber";
    public static final String YILMAZ = "c-jobcenter-yilmaz";
    public static final Guest GUEST = new Guest("Petra Lange", "IHK Musterstadt", "petra.lange@ihk-musterstadt.example");

    private AgendaFixtures() {
    }

    /** A joint event (no standard items) with two invited contacts and a guest. */
    public static Meeting meeting(String title, LocalDateTime start, int minutes, AgendaItem... items) {
        var meeting = new Meeting(MeetingType.JOINT_EVENT, title, null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusMinutes(minutes));
        meeting.setAgenda(new ArrayList<>(List.of(items)));
        meeting.setInvitedContactIds(Set.of(WEBER, YILMAZ));
        meeting.setGuests(List.of(GUEST));
        return meeting;
    }

    /** 10:00 on a random day between one and eight years ahead. */
    public static LocalDateTime farAhead() {
        return LocalDateTime.now().toLocalDate().plusDays(ThreadLocalRandom.current().nextInt(400, 3000))
                .atTime(LocalTime.of(10, 0));
    }

    /** 10:00 on a random day between one and eight years ago. */
    public static LocalDateTime farBehind() {
        return LocalDateTime.now().toLocalDate().minusDays(ThreadLocalRandom.current().nextInt(400, 3000))
                .atTime(LocalTime.of(10, 0));
    }

    /** Puts the meeting into another working group, as no service of this one would. */
    public static Meeting ofOtherGroup(Meeting meeting) {
        meeting.setWorkingGroupId("ag-anderswo");
        meeting.setOrganiserOrganisationId("org-anderswo");
        return meeting;
    }

    /** A topic of another working group. */
    public static BacklogItem topicOfOtherGroup(String title) {
        var item = new BacklogItem(title, 10);
        item.prepareNew("ag-anderswo", "Jemand Anderswo");
        return item;
    }
}
