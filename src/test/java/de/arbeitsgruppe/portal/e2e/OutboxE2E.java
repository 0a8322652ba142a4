package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingInvitations;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails reach the test SMTP server, and the admin reads them and their calendar file in the outbox. */
class OutboxE2E extends BrowserTest {

    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingInvitations invitations;

    @Test
    void anAdminReadsASentInvitationInTheOutboxAndDownloadsItsCalendarFile() throws Exception {
        var title = "Prüfgespräch " + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            // far ahead, so that no calendar or list of other tests shows it
            var start = Formats.today().plusDays(300).atTime(11, 0);
            var meeting = new Meeting(MeetingType.INTERFACE_TALK, title, null, null);
            meeting.setLocalStart(start);
            meeting.setLocalEnd(start.plusHours(1));
            meeting.setGuests(List.of(new Guest("Gabi Gast", "IHK Musterstadt", "gabi.gast@ihk-musterstadt.example")));
            return invitations.send(meetings.create(meeting, null).getId(), false);
        });
        var arrived = mailsAbout(title, 1);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.getFirst().to()).containsExactly("gabi.gast@ihk-musterstadt.example");

        login("erik.admin");
        open("admin/postausgang");
        assertThat(page.getByText(title)).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(title)).click();

        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Guten Tag Gabi Gast,");
        assertThat(dialog.locator("dd").filter(new Locator.FilterOptions().setHasText("versendet")).first())
                .hasText("versendet");
        var download = page.waitForDownload(() -> dialog.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("einladung.ics herunterladen")).click());
        assertThat(download.suggestedFilename()).isEqualTo("einladung.ics");
        assertThat(Files.readString(download.path())).contains("METHOD:REQUEST", "SUMMARY:" + title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schließen")).click();
        assertThat(dialog).isHidden();
    }
}
