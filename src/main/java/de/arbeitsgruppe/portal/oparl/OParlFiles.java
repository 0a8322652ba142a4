package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.PublicMinutes;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    private final OParlPayloads payloads;

    OParlFiles(OParlStore store, MeetingManagement meetings, PublicMinutes minutes, OParlPayloads payloads) {
        this.store = store;
        this.meetings = meetings;
        this.minutes = minutes;
        this.payloads = payloads;
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
            return answer(payloads.invitationPage(meeting).getBytes(StandardCharsets.UTF_8),
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
}
