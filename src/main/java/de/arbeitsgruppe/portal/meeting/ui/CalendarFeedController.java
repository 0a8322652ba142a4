package de.arbeitsgruppe.portal.meeting.ui;

import de.arbeitsgruppe.portal.meeting.MeetingCalendarFiles;
import de.arbeitsgruppe.portal.meeting.ui.CalendarFeeds.CalendarFile;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.ui.PortalAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar downloads and feeds. Downloads need a login (the login mode's filter chain); the
 * personal feed is fetched by calendar programs with the secret in its address, which the account
 * module's filter turns into its owner for this one request; the public feed and the files of single
 * public events are for everyone.
 * What is unknown or not visible is a bare 404.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType(MeetingCalendarFiles.CONTENT_TYPE);

    private final CalendarFeeds feeds;
    private final CurrentUser currentUser;

    CalendarFeedController(CalendarFeeds feeds, CurrentUser currentUser) {
        this.feeds = feeds;
        this.currentUser = currentUser;
    }

    @GetMapping("/ical/termine/{id}.ics")
    ResponseEntity<String> meeting(@PathVariable String id) {
        return download(feeds.meeting(id));
    }

    @GetMapping("/ical/serien/{seriesId}.ics")
    ResponseEntity<String> series(@PathVariable String seriesId) {
        return download(feeds.series(seriesId));
    }

    /** The address of one public event's file, for the public events page. */
    static String publicEventPath(String id) {
        return "ical/veranstaltungen/" + id + ".ics";
    }

    @GetMapping("/ical/veranstaltungen/{id}.ics")
    ResponseEntity<String> publicEvent(@PathVariable String id) {
        return download(feeds.publicEvent(id));
    }

    @GetMapping("/ical/abo/{token}.ics")
    ResponseEntity<String> personal(HttpServletRequest request) {
        // only reached with a valid secret, which the filter has turned into its owner
        if (currentUser.find().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return respond(feeds.personal(PortalAddress.of(request)), ContentDisposition.inline(), CacheControl.noStore());
    }

    @GetMapping("/ical/oeffentlich.ics")
    ResponseEntity<String> publicEvents() {
        return respond(feeds.publicEvents(), ContentDisposition.inline(),
                CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic());
    }

    private static ResponseEntity<String> download(Optional<CalendarFile> file) {
        return file.map(found -> respond(found, ContentDisposition.attachment(), CacheControl.noStore()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<String> respond(CalendarFile file, ContentDisposition.Builder disposition,
            CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .cacheControl(cache)
                .body(file.text());
    }
}
