package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Visitors get a public header instead of a one-item side menu, and can take one event into their calendar. */
class PublicEventsE2E extends BrowserTest {

    private static final String PUBLIC_EVENT_TITLE = "Arbeitgeberinformationstag: Geflüchtete in Ausbildung und Arbeit";

    @Test
    void aVisitorSeesThePublicHeaderAndDownloadsOneEventAsICalendarFile() throws Exception {
        open("veranstaltungen");

        var header = page.locator("header.portal-public-header");
        for (var link : new String[] {"Veranstaltungen", "Anmelden", "Barrierefreiheit", "Impressum und Datenschutz"}) {
            assertThat(header.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(link).setExact(true))).isVisible();
        }
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        assertThat(page.getByText("09:00–09:15 Uhr").first()).isVisible();
        assertMeetsWcag22AA();

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("In meinen Kalender (.ics): " + PUBLIC_EVENT_TITLE)).click());
        var text = Files.readString(download.path()).replace("\r\n ", "");

        assertThat(download.suggestedFilename()).endsWith(".ics");
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:" + PUBLIC_EVENT_TITLE,
                "LOCATION:IHK Musterstadt\\, Saal 1", "TZID=Europe/Berlin");
        assertThat(text.split("BEGIN:VEVENT", -1)).as("exactly one event").hasSize(2);
        assertThat(text).doesNotContain("ATTENDEE", "Petra Lange");
    }

    @Test
    void anInternalMeetingHasNoPublicCalendarFile() {
        var answer = page.request().get(url("ical/veranstaltungen/m-schnittstelle-kommune-jobcenter.ics"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void thePublicHeaderFitsAPhone() {
        page.setViewportSize(390, 844);
        open("veranstaltungen");

        assertThat(page.locator("header.portal-public-header")).isVisible();
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                .as("no horizontal scrolling").isLessThanOrEqualTo(390);
        assertMeetsWcag22AA();
    }
}
