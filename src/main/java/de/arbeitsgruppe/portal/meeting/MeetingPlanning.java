package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The rules behind planning: defaults of a new meeting, the dates of a series, what a change carries over. */
@Component
class MeetingPlanning {

    private static final List<String> STANDARD_ITEMS = List.of("meeting.agenda.standard.approval",
            "meeting.agenda.standard.tasks", "meeting.agenda.standard.other");

    private final PortalTranslations translations;

    MeetingPlanning(PortalTranslations translations) {
        this.translations = translations;
    }

    /** Organiser and iCalendar UID; standard items for a session of the working group without agenda. */
    void prepareNew(Meeting meeting, PortalUser user) {
        meeting.setUid(UUID.randomUUID() + Meeting.UID_SUFFIX);
        if (meeting.getOrganiserOrganisationId() == null) {
            meeting.setOrganiserOrganisationId(user.organisationId());
        }
        if (meeting.getOrganiserName() == null) {
            meeting.setOrganiserName(user.displayName());
        }
        if (meeting.getType() == MeetingType.SESSION && meeting.getAgenda().isEmpty()) {
            // the minutes are written in German, so the standard items are too, whoever plans
            meeting.setAgenda(standardItems());
        }
    }

    /** "Genehmigung des Protokolls …", "Stand der Aufgaben", "Verschiedenes", ten minutes each. */
    List<AgendaItem> standardItems() {
        return STANDARD_ITEMS.stream()
                .map(key -> new AgendaItem(translations.getTranslation(key, PortalTranslations.GERMAN), 10))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** One meeting per date of the series, each with its own copy of the agenda. */
    List<Meeting> datesOf(Meeting template, MeetingSeries series, List<LocalDateTime> starts) {
        var duration = template.duration();
        var dates = new ArrayList<Meeting>();
        for (LocalDateTime start : starts) {
            var date = copyOf(template);
            date.setLocalStart(start);
            date.setEnd(date.getStart().plus(duration));
            date.setSeriesId(series.getId());
            date.setRecurrenceId(date.getStart());
            date.setUid(series.getUid());
            date.setWorkingGroupId(series.getWorkingGroupId());
            dates.add(date);
        }
        return dates;
    }

    /** The changed meeting with what only the portal sets taken from the stored one. */
    Meeting changed(Meeting changed, Meeting stored) {
        changed.setWorkingGroupId(stored.getWorkingGroupId());
        changed.setSeriesId(stored.getSeriesId());
        changed.setRecurrenceId(stored.getRecurrenceId());
        changed.setUid(stored.getUid());
        changed.setSequence(stored.getSequence());
        changed.setInvitedAt(stored.getInvitedAt());
        // invited, held and cancelled follow from sending, closing and cancelling, which do more than set it
        changed.setState(stored.getState());
        return bumped(changed);
    }

    /**
     * A later date of the series after "change this and following": the same shift of day and
     * time of day and the same duration as the changed date, and its details; its agenda and
     * attendance stay its own.
     */
    Meeting following(Meeting later, Meeting before, Meeting after) {
        long days = ChronoUnit.DAYS.between(before.localStart().toLocalDate(), after.localStart().toLocalDate());
        var start = later.localStart().toLocalDate().plusDays(days).atTime(after.localStart().toLocalTime());
        later.setLocalStart(start);
        later.setEnd(later.getStart().plus(after.duration()));
        later.setType(after.getType());
        later.setTitle(after.getTitle());
        later.setDescription(after.getDescription());
        later.setPlace(after.getPlace());
        later.setOnlineLink(after.getOnlineLink());
        later.setOrganiserOrganisationId(after.getOrganiserOrganisationId());
        later.setOrganiserName(after.getOrganiserName());
        later.setInterfaceTopic(after.getInterfaceTopic());
        later.setInvitedOrganisationIds(after.getInvitedOrganisationIds());
        later.setInvitedContactIds(after.getInvitedContactIds());
        later.setGuests(after.getGuests());
        later.setInformedContactIds(after.getInformedContactIds());
        later.setVisibility(after.getVisibility());
        return bumped(later);
    }

    /** Raises the iCalendar sequence once invitations are out, so that calendars take the change. */
    Meeting bumped(Meeting meeting) {
        if (meeting.getInvitedAt() != null) {
            meeting.setSequence(meeting.getSequence() + 1);
        }
        return meeting;
    }

    private static Meeting copyOf(Meeting template) {
        var copy = new Meeting(template.getType(), template.getTitle(), template.getStart(), template.getEnd());
        copy.setDescription(template.getDescription());
        copy.setPlace(template.getPlace());
        copy.setOnlineLink(template.getOnlineLink());
        copy.setOrganiserOrganisationId(template.getOrganiserOrganisationId());
        copy.setOrganiserName(template.getOrganiserName());
        copy.setInterfaceTopic(template.getInterfaceTopic());
        copy.setInvitedOrganisationIds(template.getInvitedOrganisationIds());
        copy.setInvitedContactIds(template.getInvitedContactIds());
        copy.setGuests(template.getGuests());
        copy.setInformedContactIds(template.getInformedContactIds());
        copy.setVisibility(template.getVisibility());
        copy.setState(template.getState());
        copy.setAgenda(template.getAgenda().stream().map(AgendaItem::copy).toList());
        return copy;
    }
}
