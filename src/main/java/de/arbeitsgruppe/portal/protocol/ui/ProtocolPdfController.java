package de.arbeitsgruppe.portal.protocol.ui;

import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolApproval;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The minutes as PDF: an approved version, or the minutes as they stand now. Only for logged-in
 * users (the login mode's filter chain, like the iCalendar downloads); partners get the partner
 * version. What is unknown, of another working group or not readable yet is a bare 404.
 */
@RestController
class ProtocolPdfController {

    private final ProtocolApproval approval;
    private final MeetingManagement meetings;

    ProtocolPdfController(ProtocolApproval approval, MeetingManagement meetings) {
        this.approval = approval;
        this.meetings = meetings;
    }

    static String versionPath(String meetingId, int number) {
        return "protokolle/" + meetingId + "/fassung-" + number + ".pdf";
    }

    @GetMapping("/protokolle/{meetingId}/fassung-{number:[1-9][0-9]{0,5}}.pdf")
    ResponseEntity<byte[]> version(@PathVariable String meetingId, @PathVariable int number) {
        return download(meetingId, number, "fassung-" + number);
    }

    @GetMapping("/protokolle/{meetingId}/aktuell.pdf")
    ResponseEntity<byte[]> current(@PathVariable String meetingId) {
        return download(meetingId, 0, "aktuell");
    }

    private ResponseEntity<byte[]> download(String meetingId, int number, String label) {
        var meeting = meetings.find(meetingId);
        if (meeting.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var fileName = "protokoll-" + meeting.get().localStart().toLocalDate() + "-" + label + ".pdf";
        return approval.pdf(meetingId, number)
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(fileName).build().toString())
                        .cacheControl(CacheControl.noStore())
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
