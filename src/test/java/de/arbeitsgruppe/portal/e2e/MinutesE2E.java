package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingRecords;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.internal.PdfChecks;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The minutes of a meeting end to end in Chromium: the office starts them and names a member as
 * minute-taker, both write at the same time in their own browsers, a decision gets its number, the
 * minutes go round for comments, are approved in the next session and reach the invitees as PDF/A
 * (the guest gets the partner version without the internal item), refuse edits once approved, are
 * corrected into a second version with a word diff, and the decision turns up in the register. The
 * meetings are new ones with unique titles: the demo minutes other browser tests read stay as they are.
 */
class MinutesE2E extends BrowserTest {

    private static final String GUEST = "petra.lange@ihk-musterstadt.example";
    private static final String INTERNAL_ITEM = "Fallzahlen Jobcenter";
    private static final String WORDING = "Zwei Kurse werden beantragt.";
    private static final Pattern SAVED = Pattern.compile("Gespeichert um \\d{2}:\\d{2}");

    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingRecords records;

    @Test
    void twoPeopleWriteTheMinutesWhichGoRoundAreApprovedMailedAsPdfAndCorrectedIntoASecondVersion() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var title = "Protokollsitzung " + suffix;
        var meeting = heldWithAttendance(title);
        var later = ProtocolFixtures.heldSession(meetings, "Folgesitzung " + suffix, meeting.localStart().plusDays(30));
        var path = "termine/" + meeting.getId() + "/protokoll";
        var first = ProtocolFixtures.item(meeting, 0);
        var second = ProtocolFixtures.item(meeting, 1);
        var third = ProtocolFixtures.item(meeting, 2);

        // 1. the office starts the minutes and names the member as minute-taker
        login("anna.koordination");
        open(path);
        assertThat(heading(page)).hasText("Protokoll: " + title);
        button(page, "Protokoll anlegen").click();
        assertThat(page.getByText("Das Protokoll ist angelegt.")).isVisible();
        var minuteTaker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Protokollführung"));
        minuteTaker.click();
        minuteTaker.pressSequentially("Bernd");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Bernd Agentur")).click();
        assertThat(minuteTaker).hasValue("Bernd Agentur");
        button(page, "Kopf speichern").click();
        assertThat(page.getByText("Sitzungsleitung und Protokollführung sind gespeichert.")).isVisible();

        // 2. both write at the same time, each in their own browser, on different items
        var member = newPage();
        login(member, "bernd.agentur");
        assertThat(member).not().hasURL(Pattern.compile(".*/login.*"));
        open(member, path);
        notes(page, first).fill("Das Jobcenter berichtet über die Fallzahlen des Quartals.");
        notes(member, third).fill("Keine weiteren Themen.");
        notes(page, second).fill("Zwei neue Kurse ab März.");
        assertThat(saveStatus(member, third)).hasText(SAVED);
        assertThat(saveStatus(page, first)).hasText(SAVED);
        assertThat(saveStatus(page, second)).hasText(SAVED);

        open(page, path);
        assertThat(notes(page, first)).hasValue("Das Jobcenter berichtet über die Fallzahlen des Quartals.");
        assertThat(notes(page, second)).hasValue("Zwei neue Kurse ab März.");
        assertThat(notes(page, third)).hasValue("Keine weiteren Themen.");
        open(member, path);
        assertThat(notes(member, second)).hasValue("Zwei neue Kurse ab März.");

        // 3. a decision on the second item gets its number at once
        item(page, second).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Beschluss erfassen"))
                .click();
        var decisionDialog = page.getByRole(AriaRole.DIALOG);
        decisionDialog.getByLabel("Wortlaut").fill(WORDING);
        decisionDialog.getByLabel("Ergebnis").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("beschlossen")).click();
        decisionDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Übernehmen")).click();
        assertThat(decisionDialog).isHidden();
        var numberPattern = "B-" + meeting.localStart().getYear() + "-\\d{3}";
        var decisionHeading = item(page, second).getByRole(AriaRole.HEADING,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Beschluss " + numberPattern + "$")));
        assertThat(decisionHeading).isVisible();
        var number = decisionHeading.innerText().strip().substring("Beschluss ".length());
        assertThat(item(page, second)).containsText(WORDING);

        // 4. sent round for comments
        button(page, "Zur Abstimmung senden").click();
        var circulateDialog = page.getByRole(AriaRole.DIALOG);
        var deadline = circulateDialog.getByLabel("Anmerkungen bis");
        deadline.fill(Formats.date(Formats.today().plusDays(14)));
        deadline.press("Enter");
        waitForVaadin();
        circulateDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Senden").setExact(true))
                .click();
        assertThat(circulateDialog).isHidden();
        assertThat(page.getByText("Stand: In Abstimmung")).isVisible();
        assertThat(page.getByText("Anmerkungen bis: " + Formats.date(Formats.today().plusDays(14)))).isVisible();

        // 5. the member comments on the second item
        open(member, path);
        assertThat(notes(member, second)).hasCount(0);
        item(member, second).getByLabel("Ihre Anmerkung zu diesem Punkt").fill("Bitte den Kursbeginn ergänzen.");
        item(member, second).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anmerkung senden"))
                .click();
        assertThat(item(member, second).locator(".protocol-comment"))
                .containsText("Bernd Agentur (Agentur für Arbeit Musterstadt)");
        assertThat(item(member, second).locator(".protocol-comment")).containsText("Bitte den Kursbeginn ergänzen.");

        // 6. approved in the next session
        open(page, path);
        assertThat(item(page, second).locator(".protocol-comment")).containsText("Bitte den Kursbeginn ergänzen.");
        button(page, "Genehmigen").click();
        var approveDialog = page.getByRole(AriaRole.DIALOG);
        approveDialog.getByLabel("Genehmigt in der Sitzung").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Folgesitzung " + suffix)).click();
        assertThat(approveDialog.getByLabel("Genehmigt in der Sitzung")).containsText("Folgesitzung " + suffix);
        approveDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Genehmigen und versenden"))
                .click();
        assertThat(approveDialog).isHidden();
        assertThat(page.getByText("Stand: Genehmigt")).isVisible();

        // 7. the mails: the whole minutes as PDF/A to the member organisations, the partner version to the guest
        var mails = mailsAbout("Genehmigtes Protokoll: " + title, 3);
        var toMember = mails.stream().filter(mail -> mail.attachments().contains("protokoll-fassung-1.pdf"))
                .findFirst().orElseThrow();
        var memberPdf = toMember.attachment("protokoll-fassung-1.pdf");
        assertThat(PdfChecks.text(memberPdf)).contains(number, WORDING, "Julia Weber", INTERNAL_ITEM,
                "Zwei neue Kurse ab März.", "Genehmigt");
        assertThat(PdfChecks.pdfaProblems(memberPdf)).isEmpty();
        var toGuest = mails.stream().filter(mail -> mail.to().contains(GUEST)).findFirst().orElseThrow();
        assertThat(toGuest.attachments()).containsExactly("protokoll-fassung-1-partner.pdf");
        assertThat(PdfChecks.text(toGuest.attachment("protokoll-fassung-1-partner.pdf")))
                .contains(number, "Sprachkurse im Frühjahr").doesNotContain(INTERNAL_ITEM);
        assertThat(mails).map(ReceivedMail::text).allSatisfy(text -> assertThat(text).contains("ist genehmigt"));

        // 8. approved minutes refuse edits, for the office and for the minute-taker
        assertThat(page.getByLabel("Notizen", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        assertThat(item(page, second)).containsText("Zwei neue Kurse ab März.");
        open(member, path);
        assertThat(item(member, second)).containsText("Zwei neue Kurse ab März.");
        assertThat(member.getByLabel("Notizen", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        assertThat(member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschluss erfassen")))
                .hasCount(0);

        // 9. a correction becomes version 2, and the versions page shows what changed
        button(page, "Berichtigen").click();
        assertThat(page.getByText("Stand: In Berichtigung")).isVisible();
        notes(page, second).fill("Drei neue Kurse ab März.");
        assertThat(saveStatus(page, second)).hasText(SAVED);
        button(page, "Berichtigung abschließen").click();
        var correctionDialog = page.getByRole(AriaRole.DIALOG);
        correctionDialog.getByLabel("Grund der Berichtigung").fill("Zahl der Kurse berichtigt");
        correctionDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Neue Fassung versenden"))
                .click();
        assertThat(correctionDialog).isHidden();
        assertThat(page.getByText(Pattern.compile("^Genehmigt am .*, Fassung 2$"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fassungen und Änderungen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/" + path + "/versionen$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Fassung 2 · "))))
                .isVisible();
        assertThat(page.getByText("Grund: Zahl der Kurse berichtigt")).isVisible();
        assertThat(page.locator("ins").filter(new Locator.FilterOptions().setHasText("Drei"))).hasCount(1);
        assertThat(page.locator("del").filter(new Locator.FilterOptions().setHasText("Zwei"))).hasCount(1);

        // 10. the register finds the decision by a word of it
        open(page, "beschluesse");
        page.getByLabel("Suche in Beschlüssen").fill("beantragt");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number))).isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(number)))
                .containsText(WORDING);
    }

    /** A session held years ago, with Julia Weber and the guest present and Aylin Yılmaz excused. */
    private Meeting heldWithAttendance(String title) {
        var meeting = ProtocolFixtures.heldSession(meetings, title, AgendaFixtures.farBehind());
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> records.recordAttendance(meeting.getId(),
                meeting.getVersion(), Map.of(AgendaFixtures.WEBER, Attendance.PRESENT, AgendaFixtures.YILMAZ,
                        Attendance.EXCUSED, AgendaFixtures.GUEST.attendanceKey(), Attendance.PRESENT)));
    }

    private static Locator item(Page target, String itemId) {
        return target.locator("#top-" + itemId);
    }

    private static Locator notes(Page target, String itemId) {
        return item(target, itemId).getByLabel("Notizen", new Locator.GetByLabelOptions().setExact(true));
    }

    private static Locator saveStatus(Page target, String itemId) {
        return item(target, itemId).locator(".protocol-save-status");
    }

    private static Locator heading(Page target) {
        return target.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator button(Page target, String name) {
        return target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
