package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.DecisionLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Header;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.People;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.ReviewLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.TaskLine;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskReviews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts the minutes together from the meeting, the protocol, the notes, the decisions and the tasks: those
 * given under each item and, under "Stand der Aufgaben", the open tasks of earlier minutes with what the
 * session recorded. Tasks as the user sees them; the partner version keeps those that are not internal.
 */
@Component
class ProtocolContents {

    private final ContactDirectory contacts;
    private final OrganisationManagement organisations;
    private final ProtocolProperties properties;
    private final TaskManagement tasks;
    private final TaskReviews reviews;

    ProtocolContents(ContactDirectory contacts, OrganisationManagement organisations, ProtocolProperties properties,
            TaskManagement tasks, TaskReviews reviews) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.properties = properties;
        this.tasks = tasks;
        this.reviews = reviews;
    }

    /**
     * @param meeting the meeting as the user sees it: for partners without internal items
     * @param approval version number, time and meeting of approval; null for a draft
     */
    ProtocolContent of(Meeting meeting, Protocol protocol, Collection<ItemNotes> notes, Collection<Decision> decisions,
            Approval approval) {
        var organisationNames = organisations.summaries().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
        var header = new Header(properties.groupName(), meeting.getTitle(), meeting.getType().translationKey(),
                meeting.getStart(), meeting.getEnd(), meeting.getPlace(), protocol.getChair(),
                protocol.getMinuteTakerName());
        var notesByItem = notes.stream().collect(Collectors.toMap(ItemNotes::getAgendaItemId, n -> n, (a, b) -> a));
        var decisionsByItem = decisions.stream().collect(Collectors.groupingBy(Decision::getAgendaItemId));
        var tasksByItem = tasks.ofMeeting(meeting.getId()).stream().filter(task -> task.getOrigin() != null
                && task.getOrigin().getAgendaItemId() != null)
                .collect(Collectors.groupingBy(task -> task.getOrigin().getAgendaItemId()));
        var items = new ArrayList<Item>();
        var agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            var itemNotes = notesByItem.get(item.getId());
            var lines = decisionsByItem.getOrDefault(item.getId(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(Decision::getSequence))
                    .map(decision -> line(decision, organisationNames)).toList();
            var taskLines = tasksByItem.getOrDefault(item.getId(), List.of()).stream().map(ProtocolContents::line)
                    .toList();
            var reviewLines = TaskReviewItem.is(item)
                    ? reviews.forReview(meeting.getId()).stream().map(task -> review(task, meeting.getId())).toList()
                    : List.<ReviewLine>of();
            items.add(new Item(item.getId(), item.numberIn(i), item.getTitle(), item.isPublicItem(),
                    itemNotes == null ? null : itemNotes.getNotes(),
                    itemNotes == null ? null : itemNotes.getInternalNotes(), lines, taskLines, reviewLines));
        }
        var content = new ProtocolContent(header, attendance(meeting, organisationNames), items,
                approval == null ? 0 : approval.version(), approval == null ? null : approval.at(),
                approval == null ? null : approval.in(), approval == null ? null : approval.reason(), false);
        return content;
    }

    /** @param in the meeting of approval as the minutes name it, e.g. "Sitzung der Arbeitsgruppe am 14.01.2027" */
    record Approval(int version, Instant at, String in, String reason) {
    }

    private static DecisionLine line(Decision decision, Map<String, String> organisationNames) {
        var agreed = decision.getAgreedOrganisationIds().stream().map(organisationNames::get)
                .filter(java.util.Objects::nonNull).toList();
        return new DecisionLine(decision.getNumber(), decision.getWording(), decision.getResult().translationKey(),
                decision.getVotesYes(), decision.getVotesNo(), decision.getAbstentions(), agreed);
    }

    private static TaskLine line(Task task) {
        return new TaskLine(task.getId(), task.getTitle(), task.ownerLine(), task.getDue(), task.getStatus().translationKey(),
                task.getOrigin().getDecisionNumber(), task.getVisibility() != Visibility.INTERNAL);
    }

    private static ReviewLine review(Task task, String meetingId) {
        var origin = task.getOrigin();
        var recorded = task.reviewIn(meetingId);
        return new ReviewLine(task.getId(), task.getOwnerOrganisationName(), task.getTitle(), task.ownerLine(), task.getDue(),
                origin == null || origin.getMeetingStart() == null ? null
                        : origin.getMeetingStart().atZone(Formats.ZONE).toLocalDate(),
                origin == null ? null : origin.getDecisionNumber(),
                recorded.map(review -> review.getOutcome().name().toLowerCase()).orElse(null),
                recorded.map(review -> review.getNewDue()).orElse(null),
                recorded.map(review -> review.getReason()).orElse(null), task.getVisibility() != Visibility.INTERNAL);
    }

    private People attendance(Meeting meeting, Map<String, String> organisationNames) {
        var present = new ArrayList<String>();
        var excused = new ArrayList<String>();
        var absent = new ArrayList<String>();
        for (String contactId : meeting.getInvitedContactIds()) {
            var state = meeting.getAttendance().get(contactId);
            if (state == null) {
                continue;
            }
            contacts.find(contactId).ifPresent(contact -> {
                var organisation = organisationNames.get(contact.getOrganisationId());
                var name = organisation == null ? contact.getName() : contact.getName() + " (" + organisation + ")";
                listOf(state, present, excused, absent).add(name);
            });
        }
        var guests = new ArrayList<String>();
        for (Guest guest : meeting.getGuests()) {
            if (meeting.getAttendance().get(guest.attendanceKey()) == Attendance.PRESENT) {
                guests.add(guest.getOrganisation() == null ? guest.getName()
                        : guest.getName() + " (" + guest.getOrganisation() + ")");
            }
        }
        return new People(present, excused, absent, guests);
    }

    private static List<String> listOf(Attendance state, List<String> present, List<String> excused, List<String> absent) {
        return switch (state) {
            case PRESENT -> present;
            case EXCUSED -> excused;
            case ABSENT -> absent;
        };
    }
}
