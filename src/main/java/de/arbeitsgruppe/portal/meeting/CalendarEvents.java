package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.DueDates.DueDate;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

/**
 * The VEVENT of one meeting as calendar programs show it: times with the Europe/Berlin zone, place
 * and online link, and a German description with the agenda. The agenda is German whatever the
 * reader's language, like the minutes.
 */
class CalendarEvents {

    private final PortalTranslations translations;

    CalendarEvents(PortalTranslations translations) {
        this.translations = translations;
    }

    /** What a calendar program shows of the meeting; a date of a series without its RECURRENCE-ID. */
    Content content(Meeting meeting) {
        return new Content(meeting.getTitle(), location(meeting), description(meeting), meeting.getOnlineLink(),
                german(meeting.getType().translationKey()));
    }

    VEvent event(Instant start, Instant end, Content content, String uid, int sequence) {
        var event = new VEvent(zoned(start), zoned(end), content.summary());
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new Categories(content.category()));
        if (content.location() != null) {
            event.add(new Location(content.location()));
        }
        if (!content.description().isEmpty()) {
            event.add(new Description(content.description()));
        }
        if (content.link() != null) {
            event.add(new Url(uri(content.link())));
        }
        return event;
    }

    VEvent event(Meeting meeting, String uid) {
        return event(meeting.getStart(), meeting.getEnd(), content(meeting), uid, meeting.getSequence());
    }

    static void addRecurrenceId(VEvent event, Meeting meeting) {
        if (meeting.getRecurrenceId() != null) {
            event.add(new RecurrenceId<>(zoned(meeting.getRecurrenceId())));
        }
    }

    static void markCancelled(VEvent event) {
        event.add(ImmutableStatus.VEVENT_CANCELLED);
    }

    /** "Abgesagt: …" for calendars that show a published event without its status (Outlook subscriptions). */
    Content cancelledInTitle(Content content) {
        return new Content(german("ical.summary.cancelled", content.summary()), content.location(),
                content.description(), content.link(), content.category());
    }

    /**
     * The minutes' address as the event's URL and a last line of its description. An event has one
     * URL (RFC 5545): the minutes' takes the place of the online link, which stays in the location and
     * the description.
     */
    Content withMinutes(Content content, String address) {
        var line = german("ical.description.protocol", address);
        var description = content.description().isEmpty() ? line : content.description() + "\n\n" + line;
        return new Content(content.summary(), content.location(), description, address, content.category());
    }

    /**
     * A task's due date: a whole day (DTSTART;VALUE=DATE, DTEND the next day) that blocks no time,
     * with the task's page as URL. Its UID stays while the task lives, so a moved due date moves.
     */
    VEvent dueDate(DueDate dueDate, String address) {
        var event = new VEvent(dueDate.date(), dueDate.date().plusDays(1), german("ical.summary.due", dueDate.title()));
        event.add(new Uid(dueDateUid(dueDate)));
        event.add(new Categories(german("ical.category.task")));
        event.add(new Description(german("ical.description.task", address)));
        event.add(new Url(uri(address)));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    static String dueDateUid(DueDate dueDate) {
        return "task-" + dueDate.id() + Meeting.UID_SUFFIX;
    }

    /** ORGANIZER and ATTENDEEs; {@code reply} asks each attendee to accept or decline. */
    static void invite(VEvent event, Participants participants, boolean reply) {
        if (participants.organiserEmail() != null) {
            event.add(new Organizer(names(participants.organiserName()), mailto(participants.organiserEmail())));
        }
        for (var attendee : participants.attendees()) {
            if (attendee.email() != null) {
                var parameters = names(attendee.name()).add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION)
                        .add(reply ? Rsvp.TRUE : Rsvp.FALSE);
                event.add(new Attendee(parameters, mailto(attendee.email())));
            }
        }
    }

    static ZonedDateTime zoned(Instant instant) {
        return instant.atZone(Formats.ZONE);
    }

    private String location(Meeting meeting) {
        var parts = Stream.of(meeting.getPlace(), meeting.getOnlineLink()).filter(Objects::nonNull).toList();
        return parts.isEmpty() ? null : String.join(" / ", parts);
    }

    /** The meeting's text, "Tagesordnung:" with "TOP 1: … (15 Min.) – presenter", online link and organiser. */
    private String description(Meeting meeting) {
        var blocks = new ArrayList<String>();
        if (meeting.getDescription() != null) {
            blocks.add(meeting.getDescription());
        }
        if (!meeting.getAgenda().isEmpty()) {
            var agenda = new ArrayList<>(List.of(german("ical.description.agenda")));
            int number = 1;
            for (AgendaItem item : meeting.getAgenda()) {
                agenda.add(agendaLine(number++, item));
                if (item.getDescription() != null) {
                    agenda.add(item.getDescription().indent(3).stripTrailing());
                }
            }
            blocks.add(String.join("\n", agenda));
        }
        var details = new ArrayList<String>();
        if (meeting.getOnlineLink() != null) {
            details.add(german("ical.description.online", meeting.getOnlineLink()));
        }
        if (meeting.getOrganiserName() != null) {
            details.add(german("ical.description.organiser", meeting.getOrganiserName()));
        }
        if (!details.isEmpty()) {
            blocks.add(String.join("\n", details));
        }
        return String.join("\n\n", blocks);
    }

    private String agendaLine(int number, AgendaItem item) {
        var line = new StringBuilder(german("ical.description.item", number, item.getTitle()));
        if (item.getPlannedMinutes() > 0) {
            line.append(' ').append(german("ical.description.minutes", item.getPlannedMinutes()));
        }
        if (item.getPresenter() != null) {
            line.append(' ').append(german("ical.description.presenter", item.getPresenter()));
        }
        return line.toString();
    }

    private String german(String key, Object... parameters) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, parameters);
    }

    private static ParameterList names(String name) {
        // neither a double quote nor a control character can be escaped in a parameter value (RFC 5545, 3.1)
        return name == null ? new ParameterList()
                : new ParameterList().add(new Cn(Texts.singleLine(name).replace('"', '\'')));
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + email, e);
        }
    }

    private static URI uri(String link) {
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a link: " + link, e);
        }
    }

    /** The parts of a VEVENT that a date of a series may have of its own. */
    record Content(String summary, String location, String description, String link, String category) {
    }
}
