package de.arbeitsgruppe.portal.meeting.ui;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingCalendarFiles;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.PublicEventsFeed;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.DueDates;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.MeetingMinutes;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The iCalendar files behind the /ical addresses: what the user may see, through
 * {@link MeetingManagement}, written by {@link MeetingCalendarFiles}.
 */
@Component
public class CalendarFeeds {

    /** A personal feed reaches back a quarter, so that last meetings stay findable, and a year ahead. */
    static final Period PAST = Period.ofMonths(3);
    static final Period AHEAD = Period.ofMonths(12);

    private final MeetingManagement meetings;
    private final MeetingCalendarFiles files;
    private final CurrentUser currentUser;
    private final PortalTranslations translations;
    private final PublicEventsFeed publicFeed;
    private final MeetingMinutes minutes;
    private final DueDates dueDates;

    CalendarFeeds(MeetingManagement meetings, MeetingCalendarFiles files, CurrentUser currentUser,
            PortalTranslations translations, PublicEventsFeed publicFeed, MeetingMinutes minutes, DueDates dueDates) {
        this.meetings = meetings;
        this.files = files;
        this.currentUser = currentUser;
        this.translations = translations;
        this.publicFeed = publicFeed;
        this.minutes = minutes;
        this.dueDates = dueDates;
    }

    public record CalendarFile(String fileName, String text) {
    }

    /** One meeting the user may see. */
    public Optional<CalendarFile> meeting(String id) {
        return meetings.find(id).map(meeting -> file(meeting.getTitle(), List.of(meeting),
                meeting.getTitle() + " " + meeting.localStart().toLocalDate()));
    }

    /** One public event, for everyone: "In meinen Kalender" on the public events page. */
    public Optional<CalendarFile> publicEvent(String id) {
        return meetings.publicEvent(id).map(event -> file(event.getTitle(), List.of(event),
                event.getTitle() + " " + event.localStart().toLocalDate()));
    }

    /** The dates of a series the user may see; empty when there are none. */
    public Optional<CalendarFile> series(String seriesId) {
        var dates = meetings.series(seriesId);
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        var title = dates.getFirst().getTitle();
        return Optional.of(file(title, dates, title + " " + translation("ical.file.series", locale())));
    }

    /**
     * What the current user may see from a quarter ago to a year ahead; a meeting with minutes the
     * user may read links to them; the due dates of the user's own open tasks as whole days.
     *
     * @param portalAddress the portal's address as the calendar program reached it, for the minutes' links
     */
    public CalendarFile personal(String portalAddress) {
        var user = currentUser.require();
        var today = Formats.today();
        var from = today.minus(PAST).atStartOfDay(Formats.ZONE).toInstant();
        var to = today.plus(AHEAD).atStartOfDay(Formats.ZONE).toInstant();
        var name = translation("ical.feed.personal", user.locale());
        var dates = meetings.between(from, to);
        var minutesAddresses = new HashMap<String, String>();
        minutes.of(user, dates.stream().map(Meeting::getId).toList())
                .forEach((id, link) -> minutesAddresses.put(id, portalAddress + "/" + link.path()));
        var due = dueDates.of(user, today.minus(PAST), today.plus(AHEAD));
        return new CalendarFile(fileName(name), files.publish(name, dates, minutesAddresses, due, portalAddress));
    }

    /** Upcoming public events, for everyone; rendered once per change of the meetings. */
    public CalendarFile publicEvents() {
        var name = translation("ical.feed.public", PortalTranslations.GERMAN);
        return new CalendarFile(fileName(name), publicFeed.text(name));
    }

    private CalendarFile file(String calendarName, List<Meeting> dates, String fileName) {
        return new CalendarFile(fileName(fileName), files.publish(calendarName, dates));
    }

    /** "Sitzung der Arbeitsgruppe 2026-12-08" → "sitzung-der-arbeitsgruppe-2026-12-08.ics". */
    static String fileName(String name) {
        var slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "termine" : slug) + ".ics";
    }

    private Locale locale() {
        return currentUser.find().map(PortalUser::locale).orElse(PortalTranslations.GERMAN);
    }

    private String translation(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
