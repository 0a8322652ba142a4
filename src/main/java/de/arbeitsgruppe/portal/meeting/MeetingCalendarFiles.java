package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.meeting.CalendarEvents.Content;
import de.arbeitsgruppe.portal.shared.DueDates.DueDate;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * iCalendar files (RFC 5545) of meetings: invitations and cancellations for the mail, and published
 * calendars for downloads and subscriptions. Written with ical4j, which escapes text, expands rules
 * the same way calendar programs do and brings the Europe/Berlin time zone definition, so that Outlook and Thunderbird keep a 14:00
 * session at 14:00 across the change to and from summer time. The meetings passed in are already
 * reduced to what the recipient may see.
 */
@Component
public class MeetingCalendarFiles {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    static final String PRODUCT = "-//Koordinierungsportal//DE";
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final DateTimeFormatter UTC_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final CalendarEvents events;
    private final VTimeZone berlin;

    public MeetingCalendarFiles(PortalTranslations translations) {
        this.events = new CalendarEvents(translations);
        this.berlin = berlin();
    }

    /** An invitation to one meeting, or to one date of a series (with its RECURRENCE-ID). */
    public String request(Meeting meeting, Participants participants) {
        var event = events.event(meeting, meeting.getUid());
        CalendarEvents.addRecurrenceId(event, meeting);
        CalendarEvents.invite(event, participants, true);
        return write(ImmutableMethod.REQUEST, null, List.of(event));
    }

    /**
     * An invitation to a whole series: the rule (RRULE from the series' first start), cancelled
     * dates and dates the recipient does not get as EXDATE, and every date that differs from the
     * rule (moved, other place or agenda …) as an override with its RECURRENCE-ID.
     */
    public String requestSeries(MeetingSeries series, List<Meeting> dates, Participants participants) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one date");
        }
        var sorted = dates.stream().sorted(Comparator.comparing(Meeting::getRecurrenceId)).toList();
        var template = sorted.stream().filter(date -> !date.isCancelled()).findFirst().orElse(sorted.getFirst());
        var templateContent = events.content(template);
        var firstStart = series.getFirstStart().atZone(Formats.ZONE).toInstant();
        // the rule changes whenever one of its dates does: calendars take the series only with the highest sequence
        int sequence = sorted.stream().mapToInt(Meeting::getSequence).max().orElse(0);
        var master = events.event(firstStart, firstStart.plus(template.duration()), templateContent, series.getUid(),
                sequence);
        master.add(new RRule<>(series.getRecurrence().rrule(series.getFirstStart(), Formats.ZONE)));
        var ruleStarts = ruleStarts(series);
        var takingPlace = sorted.stream().filter(date -> !date.isCancelled()).map(Meeting::getRecurrenceId)
                .collect(Collectors.toSet());
        var excluded = ruleStarts.stream().filter(start -> !takingPlace.contains(start)).toList();
        if (!excluded.isEmpty()) {
            master.add(exDate(excluded));
        }
        CalendarEvents.invite(master, participants, true);
        var components = new ArrayList<>(List.of(master));
        for (Meeting date : sorted) {
            if (date.isCancelled()) {
                continue;
            }
            var content = events.content(date);
            if (!ruleStarts.contains(date.getRecurrenceId()) || differs(date, template, content, templateContent)) {
                var override = events.event(date.getStart(), date.getEnd(), content, series.getUid(), sequence);
                CalendarEvents.addRecurrenceId(override, date);
                CalendarEvents.invite(override, participants, true);
                components.add(override);
            }
        }
        return write(ImmutableMethod.REQUEST, null, components);
    }

    /** The cancellation of one meeting or one date of a series. */
    public String cancel(Meeting meeting, Participants participants) {
        var event = events.event(meeting, meeting.getUid());
        CalendarEvents.addRecurrenceId(event, meeting);
        CalendarEvents.markCancelled(event);
        CalendarEvents.invite(event, participants, false);
        return write(ImmutableMethod.CANCEL, null, List.of(event));
    }

    /**
     * A calendar to download or subscribe to. Each date is an event of its own: subscription clients
     * (ICSx5, Nextcloud, Google) drop dates of a series that arrive without the series' rule, and a
     * feed only holds the dates of its period. A date of a series gets a UID of its own, made from
     * its RECURRENCE-ID and the series' UID, stable when the date moves. Without METHOD: METHOD:PUBLISH
     * would make it an iTIP message (RFC 5546), which needs an ORGANIZER address per event, and
     * meetings keep only the organiser's name.
     */
    public String publish(String calendarName, List<Meeting> meetings) {
        return publish(calendarName, meetings, Map.of());
    }

    /**
     * A calendar as {@link #publish(String, List)}, whose events of meetings with minutes carry the
     * minutes' address.
     *
     * @param minutesAddresses the absolute address of the minutes by meeting id, for those the reader may read
     */
    public String publish(String calendarName, List<Meeting> meetings, Map<String, String> minutesAddresses) {
        return publish(calendarName, meetings, minutesAddresses, List.of(), null);
    }

    /**
     * A personal calendar as {@link #publish(String, List, Map)}, with the reader's due dates as
     * whole days ("Fällig: …") that link to their tasks.
     *
     * @param dueDates the due dates of the reader's own tasks, as {@code DueDates} found them for the reader
     * @param portalAddress the portal's address as the calendar program reached it, for the tasks' links
     */
    public String publish(String calendarName, List<Meeting> meetings, Map<String, String> minutesAddresses,
            List<DueDate> dueDates, String portalAddress) {
        var published = meetingEvents(meetings, minutesAddresses);
        for (DueDate dueDate : dueDates) {
            published.add(events.dueDate(dueDate, portalAddress + "/" + dueDate.path()));
        }
        return write(null, calendarName, published);
    }

    private List<VEvent> meetingEvents(List<Meeting> meetings, Map<String, String> minutesAddresses) {
        var published = new ArrayList<VEvent>();
        for (Meeting meeting : meetings) {
            var content = events.content(meeting);
            if (meeting.isCancelled()) {
                content = events.cancelledInTitle(content);
            }
            var minutes = meeting.getId() == null ? null : minutesAddresses.get(meeting.getId());
            if (minutes != null) {
                content = events.withMinutes(content, minutes);
            }
            var event = events.event(meeting.getStart(), meeting.getEnd(), content, publishedUid(meeting),
                    meeting.getSequence());
            if (meeting.isCancelled()) {
                CalendarEvents.markCancelled(event);
            }
            published.add(event);
        }
        return published;
    }

    static String publishedUid(Meeting meeting) {
        var uid = Objects.requireNonNullElse(meeting.getUid(), meeting.getId() + Meeting.UID_SUFFIX);
        return meeting.getRecurrenceId() == null ? uid : UTC_STAMP.format(meeting.getRecurrenceId()) + "-" + uid;
    }

    private static boolean differs(Meeting date, Meeting template, Content content, Content templateContent) {
        return !date.getStart().equals(date.getRecurrenceId()) || !date.duration().equals(template.duration())
                || !content.equals(templateContent);
    }

    private static Set<Instant> ruleStarts(MeetingSeries series) {
        var starts = new LinkedHashSet<Instant>();
        // RFC 5545 counts DTSTART as the first date even where the rule would not place one
        starts.add(series.getFirstStart().atZone(Formats.ZONE).toInstant());
        series.getRecurrence().occurrences(series.getFirstStart())
                .forEach(start -> starts.add(start.atZone(Formats.ZONE).toInstant()));
        return starts;
    }

    private static ExDate<?> exDate(List<Instant> starts) {
        var dates = new DateList<>(starts.stream().map(CalendarEvents::zoned).toList());
        return new ExDate<>(new ParameterList(List.of(new TzId(Formats.ZONE.getId()))), dates);
    }

    private String write(Method method, String calendarName, List<VEvent> components) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(method);
        }
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
            calendar.add(new XProperty("X-WR-TIMEZONE", Formats.ZONE.getId()));
            calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
            calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        }
        calendar.add(berlin);
        components.forEach(calendar::add);
        return ContentLines.fold(calendar.toString());
    }

    /**
     * Europe/Berlin from the definitions inside the ical4j jar, without its TZURL: calendar programs
     * need not fetch anything, and ical4j itself is kept off the network by ical4j.properties.
     */
    private static VTimeZone berlin() {
        var zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Formats.ZONE.getId());
        VTimeZone definition = zone.getVTimeZone().copy();
        definition.removeAll("TZURL");
        return definition;
    }
}
