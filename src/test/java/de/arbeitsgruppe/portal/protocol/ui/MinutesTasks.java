package de.arbeitsgruppe.portal.protocol.ui;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskOrigin;
import java.time.LocalDateTime;
import java.util.Set;

/** Tasks given in test meetings, and the session that goes through them under "Stand der Aufgaben". */
final class MinutesTasks {

    static final String AGENTUR = "org-agentur-musterstadt";
    static final String CARITAS = "org-caritas-musterstadt";
    static final String CLARA = "c-jobcenter-clara";

    private MinutesTasks() {
    }

    /** A task the office gives under the item, to a person ({@code contactId}) or an organisation as a whole. */
    static Task give(TaskManagement tasks, String title, Meeting meeting, String agendaItemId, Decision decision,
            String contactId, String organisationId, Visibility visibility) {
        var task = new Task(title, Formats.today().plusDays(14));
        task.setOwner(contactId, contactId == null ? organisationId : null);
        task.setOrigin(new TaskOrigin(meeting.getId(), agendaItemId, decision == null ? null : decision.getId(),
                decision == null ? null : decision.getNumber()));
        task.setVisibility(visibility);
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> tasks.create(task));
    }

    /**
     * A session of the working group with a public "Stand der Aufgaben" (with the month added, as the
     * office writes it) and "Verschiedenes", the Caritas invited.
     */
    static Meeting reviewSession(MeetingManagement meetings, String title, LocalDateTime start) {
        var meeting = AgendaFixtures.meeting(title, start, 120,
                new AgendaItem("Stand der Aufgaben aus den letzten Sitzungen", 20).markedPublic(),
                new AgendaItem("Verschiedenes", 10).markedPublic());
        meeting.setType(MeetingType.SESSION);
        meeting.setInvitedOrganisationIds(Set.of(CARITAS));
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> meetings.create(meeting, null));
    }
}
