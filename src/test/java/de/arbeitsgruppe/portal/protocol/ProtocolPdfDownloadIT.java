package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.PortalHttp;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The PDF downloads of minutes over real HTTP: the office gets the minutes as they stand and each
 * approved version as a file named for the meeting's date; a partner gets nothing of a draft;
 * without a login there is no PDF at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProtocolPdfDownloadIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theOfficeDownloadsTheCurrentMinutesAndEachApprovedVersionAsPdf() throws Exception {
        var meeting = minutes();
        var coordinator = new PortalHttp(port).loggedInAs(SignedIn.COORDINATOR);
        var date = meeting.localStart().toLocalDate().toString();

        var current = coordinator.get(pdf(meeting, "aktuell"));
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(current.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"protokoll-" + date + "-aktuell.pdf\"");
        assertThat(current.body()).startsWith("%PDF");

        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR,
                () -> ProtocolFixtures.approve(context, meeting.getId(), null, "Anna Koordination"));
        var first = coordinator.get(pdf(meeting, "fassung-1"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"protokoll-" + date + "-fassung-1.pdf\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(first.body()).startsWith("%PDF");
        assertThat(coordinator.get(pdf(meeting, "fassung-2")).statusCode()).isEqualTo(404);
        assertThat(coordinator.get(pdf(meeting, "fassung-0")).statusCode()).isEqualTo(404);
    }

    @Test
    void aPartnerGetsNothingOfADraftNorOfAMeetingItMayNotSee() throws Exception {
        var meeting = minutes();
        var partner = new PortalHttp(port).loggedInAs(SignedIn.PARTNER);

        for (var path : new String[] {pdf(meeting, "aktuell"), pdf(meeting, "fassung-1"),
                "/protokolle/m-schnittstelle-kommune-jobcenter/aktuell.pdf", "/protokolle/m-gibt-es-nicht/aktuell.pdf"}) {
            var response = partner.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotStartWith("%PDF");
        }
    }

    @Test
    void withoutALoginThereIsNoPdf() throws Exception {
        var meeting = minutes();

        var response = new PortalHttp(port).get(pdf(meeting, "aktuell"));

        assertThat(response.statusCode()).isIn(302, 401);
        assertThat(response.body()).doesNotStartWith("%PDF");
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(target ->
                    assertThat(target).endsWith("/login"));
        }
    }

    private Meeting minutes() {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var meeting = ProtocolFixtures.meetingWithMinutes(context, "Protokoll " + UUID.randomUUID());
            context.getBean(ProtocolManagement.class).saveNotes(meeting.getId(), meeting.getAgenda().getFirst().getId(),
                    null, "Das Jobcenter berichtet über 12 Sprachkurse.", null);
            return meeting;
        });
    }

    private static String pdf(Meeting meeting, String name) {
        return "/protokolle/" + meeting.getId() + "/" + name + ".pdf";
    }
}
