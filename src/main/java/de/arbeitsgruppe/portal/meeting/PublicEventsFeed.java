package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The public feed ({@code /ical/oeffentlich.ics}) as text, rendered once and kept per working group
 * until its meetings change: forty anonymous calendar programs fetching five hundred events each
 * waited seconds when every request rendered it again. Each request first reads the group's
 * {@link MeetingChangeMarker} from the database, so a change made on any node shows at once on
 * every node; a node's copy is only a cache that is checked before every use. A copy also ends when
 * its first event ends, because the feed lists upcoming events only.
 */
@Component
public class PublicEventsFeed {

    /** More upcoming public events than a working group announces. */
    public static final int MAX_EVENTS = 500;

    private record Rendered(long marker, String calendarName, Instant validUntil, String text) {

        boolean fits(long currentMarker, String name, Instant now) {
            return marker == currentMarker && calendarName.equals(name) && now.isBefore(validUntil);
        }
    }

    private final MeetingManagement meetings;
    private final MeetingCalendarFiles files;
    private final MeetingChangeMarker changes;
    private final PortalProperties properties;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    PublicEventsFeed(MeetingManagement meetings, MeetingCalendarFiles files, MeetingChangeMarker changes,
            PortalProperties properties) {
        this.meetings = meetings;
        this.files = files;
        this.changes = changes;
        this.properties = properties;
    }

    /** The iCalendar text of the upcoming public events, named {@code calendarName}. */
    public String text(String calendarName) {
        var group = properties.workingGroupId();
        // read before the meetings: a change in between renders again on the next request, never too late
        long marker = changes.current(group);
        var copy = rendered.get(group);
        if (copy != null && copy.fits(marker, calendarName, Instant.now())) {
            return copy.text();
        }
        synchronized (this) {
            // parallel first requests: one renders, the others take its text
            copy = rendered.get(group);
            if (copy != null && copy.fits(marker, calendarName, Instant.now())) {
                return copy.text();
            }
            List<Meeting> events = meetings.publicUpcoming(MAX_EVENTS);
            var validUntil = events.stream().map(Meeting::getEnd).min(Instant::compareTo).orElse(Instant.MAX);
            var text = files.publish(calendarName, events);
            rendered.put(group, new Rendered(marker, calendarName, validUntil, text));
            return text;
        }
    }
}
