package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.PublicMinutes;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The files behind the File objects: the invitation as a small web page of the public agenda, and the
 * approved minutes in their public version as PDF/A. {@code content} shows a file in the browser,
 * {@code download} saves it ({@code Content-Disposition: attachment}, as the specification asks of
 * {@code downloadUrl}). Only files the projection publishes now are served; a withdrawn one answers 410.
 */
@RestController
@RequestMapping(OParlController.ROOT + "/file")
class OParlFiles {

    static final String CONTENT = "content";
    static final String DOWNLOAD = "download";
    private static final String INVITATION = "-einladung";
    private static final String MINUTES = "-protokoll";

    private final OParlStore store;
    private final MeetingManagement meetings;
    private final PublicMinutes minutes;
    private final PortalTranslations translations;

    OParlFiles(OParlStore store, MeetingManagement meetings, PublicMinutes minutes, PortalTranslations translations) {
        this.store = store;
        this.meetings = meetings;
        this.minutes = minutes;
        this.translations = translations;
    }

    static String invitationFileName(Meeting meeting) {
        return "einladung-" + meeting.localStart().toLocalDate() + ".html";
    }

    static String minutesFileName(Meeting meeting, int version) {
        return "protokoll-" + meeting.localStart().toLocalDate() + "-fassung-" + version + ".pdf";
    }

    @GetMapping("/{id}/{disposition:content|download}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String disposition) {
        var path = "file/" + id;
        var stored = store.find(OParlType.FILE, path).orElseThrow(() -> new OParlAnswers.NotFound(path + "/" + disposition));
        if (stored.isDeleted()) {
            throw new OParlAnswers.Gone(path);
        }
        var attachment = DOWNLOAD.equals(disposition);
        if (id.endsWith(INVITATION)) {
            var meeting = meetings.publicMeeting(id.substring(0, id.length() - INVITATION.length()))
                    .orElseThrow(() -> new OParlAnswers.Gone(path));
            return answer(invitation(meeting).getBytes(StandardCharsets.UTF_8),
                    new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), invitationFileName(meeting), attachment);
        }
        if (id.endsWith(MINUTES)) {
            var meetingId = id.substring(0, id.length() - MINUTES.length());
            var meeting = meetings.publicMeeting(meetingId).orElseThrow(() -> new OParlAnswers.Gone(path));
            var published = minutes.of(meetingId).orElseThrow(() -> new OParlAnswers.Gone(path));
            var pdf = minutes.pdf(meetingId).orElseThrow(() -> new OParlAnswers.Gone(path));
            return answer(pdf, MediaType.APPLICATION_PDF, minutesFileName(meeting, published.version()), attachment);
        }
        throw new OParlAnswers.NotFound(path);
    }

    private static ResponseEntity<byte[]> answer(byte[] content, MediaType type, String fileName, boolean attachment) {
        var disposition = attachment ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok()
                .contentType(type)
                .header("Access-Control-Allow-Origin", "*")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(fileName).build().toString())
                .contentLength(content.length)
                .body(content);
    }

    /** The public agenda as a plain, accessible page: what the Meeting object says, readable by people. */
    private String invitation(Meeting meeting) {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(text("oparl.file.invitation", meeting.getTitle()))).append("</title></head><body>\n<h1>")
                .append(escape(meeting.getTitle())).append("</h1>\n<p>")
                .append(escape(Formats.dateTime(meeting.getStart()))).append(" – ")
                .append(escape(Formats.end(meeting.getStart(), meeting.getEnd()))).append("</p>\n");
        if (meeting.isCancelled()) {
            html.append("<p><strong>").append(escape(text("meeting.state.cancelled"))).append("</strong></p>\n");
        }
        if (meeting.getPlace() != null) {
            html.append("<p>").append(escape(text("oparl.invitation.place"))).append(": ")
                    .append(escape(meeting.getPlace())).append("</p>\n");
        }
        if (!meeting.getAgenda().isEmpty()) {
            html.append("<h2>").append(escape(text("oparl.invitation.agenda"))).append("</h2>\n<ol>\n");
            var index = 0;
            for (var item : meeting.getAgenda()) {
                html.append("<li value=\"").append(item.numberIn(index++)).append("\">")
                        .append(escape(item.getTitle())).append("</li>\n");
            }
            html.append("</ol>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, parameters);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }
}
