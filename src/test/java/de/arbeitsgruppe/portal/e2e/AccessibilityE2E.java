package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.DecisionResult;
import de.arbeitsgruppe.portal.protocol.ProtocolApproval;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskRepeat;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every view and dialog, on a desk (1280 × 900) and on a phone (390 × 844), for each role: nothing
 * scrolls sideways, no phone number or e-mail address is cut, axe-core's WCAG 2.2 A and AA rules
 * pass, and a screenshot of both sizes is kept under target/e2e-screenshots/layout/ for review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityE2E extends BrowserTest {

    private static final String ANONYMOUS = "anonym";
    /**
     * One page per account (and one for visitors), logged in once and kept for the whole class: the
     * tests only read or add records of their own, and a page that stays open keeps the portal's
     * scripts in its cache, which a fresh browser context per view would load and compile anew.
     */
    private final Map<String, Page> pages = new HashMap<>();

    @Autowired
    Mailer mailer;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    ProtocolManagement protocols;
    @Autowired
    ProtocolApproval approval;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskManagement tasks;

    /** Each test takes the page of its account ({@link #loginOnce}): no fresh context to open first. */
    @Override
    void openPage() {
    }

    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of(ANONYMOUS, "login", "Koordinierungsportal"),
                Arguments.of(ANONYMOUS, "login?error", "Koordinierungsportal"),
                Arguments.of(ANONYMOUS, "login?logout", "Koordinierungsportal"),
                Arguments.of(ANONYMOUS, "barrierefreiheit", "Barrierefreiheit"),
                Arguments.of(ANONYMOUS, "impressum", "Impressum und Datenschutz"),
                Arguments.of(ANONYMOUS, "abgemeldet", "Abgemeldet"),
                Arguments.of(ANONYMOUS, "kein-zugang?grund=no-role", "Noch kein Zugang"),
                Arguments.of("erik.admin", "", "Übersicht"),
                Arguments.of("erik.admin", "organisationen", "Organisationen"),
                Arguments.of("erik.admin", "organisationen/org-caritas-musterstadt", "Caritasverband Musterstadt"),
                Arguments.of("erik.admin", "organisationen/org-caritas-musterstadt/bearbeiten",
                        "Profil bearbeiten: Caritasverband Musterstadt"),
                Arguments.of("erik.admin", "organisationen/neu", "Neue Organisation"),
                Arguments.of("erik.admin", "ansprechpartner", "Ansprechpartner"),
                Arguments.of("erik.admin", "ansprechpartner/c-agentur-weber", "Julia Weber"),
                Arguments.of("erik.admin", "ansprechpartner/c-agentur-weber/bearbeiten",
                        "Eintrag bearbeiten: Julia Weber"),
                Arguments.of("erik.admin", "ansprechpartner/neu", "Neuer Eintrag"),
                Arguments.of("erik.admin", "schnittstellen", "Schnittstellen"),
                Arguments.of("anna.koordination", "datenaustausch", "Datenaustausch"),
                Arguments.of("anna.koordination", "datenaustausch/neu", "Neue Vereinbarung zum Datenaustausch"),
                Arguments.of("bernd.agentur", "datenaustausch/x-demo-asylblg-monatlich", "Monatliche Übermittlung AsylbLG-Daten"),
                Arguments.of("anna.koordination", "datenaustausch/x-demo-asylblg-monatlich/bearbeiten",
                        "Vereinbarung bearbeiten: Monatliche Übermittlung AsylbLG-Daten"),
                Arguments.of("erik.admin", "ansprechpartner-pruefen", "Zu bestätigen"),
                Arguments.of("anna.koordination", "synonyme", "Synonyme für die Suche"),
                Arguments.of("bernd.agentur", "ansprechpartner/bestaetigen", "Eigenen Eintrag prüfen"),
                Arguments.of("anna.koordination", "ansprechpartner/bestaetigen", "Eigenen Eintrag prüfen"),
                Arguments.of("erik.admin", "admin/konten", "Konten"),
                Arguments.of("erik.admin", "admin/postausgang", "Postausgang"),
                Arguments.of("erik.admin", "admin/verlauf", "Änderungsverlauf"),
                Arguments.of("erik.admin", "admin/sicherung", "Datensicherung"),
                Arguments.of("erik.admin", "gibt-es-nicht", "Nicht gefunden"),
                Arguments.of("bernd.agentur", "ansprechpartner", "Ansprechpartner"),
                // each role sees its own version of the shared pages (columns, actions, cards)
                Arguments.of("bernd.agentur", "", "Übersicht"),
                Arguments.of("bernd.agentur", "organisationen", "Organisationen"),
                Arguments.of("clara.jobcenter", "schnittstellen", "Schnittstellen"),
                Arguments.of("anna.koordination", "angebote/versorgung", "Versorgung mit Angeboten"),
                Arguments.of("clara.jobcenter", "termine", "Termine"),
                Arguments.of("anna.koordination", "", "Übersicht"),
                Arguments.of("anna.koordination", "ansprechpartner", "Ansprechpartner"),
                Arguments.of("anna.koordination", "kalender", "Kalender"),
                Arguments.of("dora.caritas", "", "Übersicht"),
                Arguments.of("clara.jobcenter", "", "Übersicht"),
                Arguments.of("dora.caritas", "organisationen", "Organisationen"),
                Arguments.of("dora.caritas", "ansprechpartner", "Ansprechpartner"),
                Arguments.of("dora.caritas", "kalender", "Kalender"),
                Arguments.of("dora.caritas", "termine", "Termine"),
                Arguments.of("bernd.agentur", "kalender", "Kalender"),
                Arguments.of("bernd.agentur", "kalender/abo", "Kalender abonnieren"),
                Arguments.of("clara.jobcenter", "aufgaben/benachrichtigungen", "Benachrichtigungen zu Aufgaben"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-4/tagesordnung",
                        "Tagesordnung: Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-1/tagesordnung",
                        "Tagesordnung: Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-4/anwesenheit",
                        "Anwesenheit: Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-1/anwesenheit",
                        "Anwesenheit: Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "themenspeicher", "Themenspeicher"),
                Arguments.of("bernd.agentur", "themenspeicher", "Themenspeicher"),
                Arguments.of("anna.koordination", "beschluesse", "Beschlusssammlung"),
                Arguments.of("dora.caritas", "beschluesse", "Beschlusssammlung"),
                Arguments.of("anna.koordination", "aufgaben", "Alle Aufgaben"),
                Arguments.of("bernd.agentur", "aufgaben?status=alle&sortierung=status", "Alle Aufgaben"),
                Arguments.of("anna.koordination", "aufgaben/tafel", "Aufgabentafel"),
                Arguments.of("anna.koordination", "evaluation", "Prozessevaluation"),
                Arguments.of("bernd.agentur", "evaluation", "Prozessevaluation"),
                Arguments.of("anna.koordination", "evaluation/checkliste", "Checkliste der Evaluation"),
                // the newer demo evaluation, held on the 12th five months before the first start
                Arguments.of("anna.koordination", "evaluation/e-demo-2", "Evaluierung der Abläufe, Sitzung am "
                        + Formats.date(Formats.today().minusMonths(5).withDayOfMonth(12))),
                Arguments.of("bernd.agentur", "evaluation/e-demo-1", "Evaluierung der Abläufe, Sitzung am "
                        + Formats.date(Formats.today().minusMonths(12).withDayOfMonth(10))),
                Arguments.of("dora.caritas", "evaluation", "Kein Zugriff"),
                Arguments.of("bernd.agentur", "aufgaben/tafel", "Aufgabentafel"),
                Arguments.of("dora.caritas", "aufgaben", "Kein Zugriff"),
                // minutes; their partner version in correctedMinutesAndTheirChangesMeetWcag22AA, on a meeting of
                // its own: no demo minutes belong to a meeting a partner organisation was invited to
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-1/protokoll", "Protokoll: Sitzung der Arbeitsgruppe"),
                Arguments.of("bernd.agentur", "termine/m-ag-sitzung-1/protokoll", "Protokoll: Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-2/protokoll", "Protokoll: Sitzung der Arbeitsgruppe"),
                Arguments.of("bernd.agentur", "termine/m-ag-sitzung-2/protokoll", "Protokoll: Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-1/protokoll/versionen",
                        "Fassungen des Protokolls: Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-4/protokoll", "Protokoll: Sitzung der Arbeitsgruppe"),
                Arguments.of("dora.caritas", "organisationen/org-caritas-musterstadt/bearbeiten",
                        "Profil bearbeiten: Caritasverband Musterstadt"),
                Arguments.of("dora.caritas", "organisationen/org-diakonie-musterstadt/bearbeiten", "Kein Zugriff"),
                Arguments.of("anna.koordination", "termine", "Termine"),
                Arguments.of("anna.koordination", "termine/m-ag-sitzung-5", "Sitzung der Arbeitsgruppe"),
                Arguments.of("anna.koordination", "termine/m-schnittstelle-kommune-jobcenter",
                        "Schnittstellengespräch Kommune – Jobcenter: Rechtskreiswechsel"),
                Arguments.of("anna.koordination", "termine/m-schnittstelle-kommune-jobcenter/bearbeiten",
                        "Termin bearbeiten: Schnittstellengespräch Kommune – Jobcenter: Rechtskreiswechsel"),
                Arguments.of("anna.koordination", "termine/neu", "Neuer Termin"),
                Arguments.of("dora.caritas", "termine/m-austausch-sprachkurstraeger", "Austausch mit den Sprachkursträgern"),
                Arguments.of(ANONYMOUS, "veranstaltungen", "Veranstaltungen"),
                Arguments.of("anna.koordination", "aufgaben/meine", "Meine Aufgaben"),
                Arguments.of("clara.jobcenter", "aufgaben/meine", "Meine Aufgaben"),
                Arguments.of("dora.caritas", "aufgaben/meine", "Meine Aufgaben"),
                Arguments.of("anna.koordination", "aufgaben/neu", "Neue Aufgabe"),
                Arguments.of("dora.caritas", "angebote", "Angebote"),
                Arguments.of("anna.koordination", "angebote", "Angebote"),
                Arguments.of("dora.caritas", "angebote/neu", "Neues Angebot"),
                Arguments.of("anna.koordination", "angebote/neu", "Neues Angebot"),
                Arguments.of("anna.koordination", "angebote/pruefung", "Angebote prüfen"),
                Arguments.of("anna.koordination", "angebote/ortsteile", "Ortsteile"),
                // the leadership report: the list of sent ones (office and member), building with charts, recipients
                Arguments.of("anna.koordination", "berichte", "Berichte"),
                Arguments.of("bernd.agentur", "berichte", "Berichte"),
                Arguments.of("anna.koordination", "berichte/neu", "Bericht erstellen"),
                Arguments.of("anna.koordination", "berichte/empfaenger", "Empfänger und Zeitplan der Berichte"),
                // the demo's sent report of the last quarter, with its charts
                Arguments.of("bernd.agentur", "berichte/ag-musterstadt."
                        + de.arbeitsgruppe.portal.report.ReportPeriod.quarterBefore(java.time.LocalDate.now()).key() + ".all.1",
                        "Versandter Bericht"),
                // an offer's page as its provider sees it (returned with a reason; listed, to confirm) and as the office reviews it
                Arguments.of("dora.caritas", "angebote/o-demo-20", "Alphabetisierungskurs mit Kinderbetreuung in Waldheim"),
                Arguments.of("dora.caritas", "angebote/o-demo-18", "Erstorientierungskurs „Ankommen in Musterstadt“"),
                Arguments.of("anna.koordination", "angebote/o-demo-30", "Integrationskurs am Abend in Kirchberg"),
                Arguments.of("dora.caritas", "angebote/o-demo-20/bearbeiten",
                        "Angebot bearbeiten: Alphabetisierungskurs mit Kinderbetreuung in Waldheim"));
    }

    @ParameterizedTest(name = "{0} /{1}")
    @MethodSource("views")
    void everyViewFitsADeskAndAPhoneAndMeetsWcag22AA(String username, String path, String heading) {
        loginOnce(username);
        atDeskAndOnAPhone(username + "-" + (path.isEmpty() ? "start" : path), () -> {
            open(path);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(heading);
        });
    }

    /** Loads the page anew on each screen (some pages choose their layout when they load), then checks it. */
    private void atDeskAndOnAPhone(String name, Runnable show) {
        for (Screen screen : Screen.values()) {
            page.setViewportSize(screen.width, screen.height);
            show.run();
            check(name, screen);
        }
    }

    /** Checks the page as it is (an open dialog), at the desk and then narrowed to a phone. */
    private void checkAtDeskThenOnAPhone(String name) {
        for (Screen screen : Screen.values()) {
            page.setViewportSize(screen.width, screen.height);
            if (screen == Screen.PHONE) {
                // the layout turns its side navigation into an overlay once it notices the narrower window
                page.waitForFunction("() => { const layout = document.querySelector('vaadin-app-layout');"
                        + " return !layout || layout.hasAttribute('overlay'); }");
            }
            check(name, screen);
        }
    }

    private void check(String name, Screen screen) {
        // both checks wait for Vaadin themselves
        assertFitsTheScreen();
        saveScreenshot("layout/" + name.replaceAll("[^\\p{L}\\p{N}.-]+", "_") + "-" + screen.name().toLowerCase());
        assertMeetsWcag22AA();
    }

    @Test
    void theAccountDialogMeetsWcag22AA() {
        loginOnce("erik.admin");
        open("admin/konten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neues Konto")).click();
        assertThat(page.getByLabel("Erstes Passwort")).isVisible();
        waitForVaadin();

        checkAtDeskThenOnAPhone("theAccountDialogMeetsWcag22AA");
    }

    @Test
    void aMailOfTheOutboxMeetsWcag22AA() {
        var subject = "Barrierefreiheit " + UUID.randomUUID();
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> mailer.send(new OutgoingMail(
                new Recipient("Gabi Gast", "gabi.gast@ihk-musterstadt.example"), null, subject, "Guten Tag,\n\nein Test.",
                List.of(new Attachment("einladung.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8))))));
        loginOnce("erik.admin");
        open("admin/postausgang");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(subject)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("ein Test.");
        waitForVaadin();

        checkAtDeskThenOnAPhone("aMailOfTheOutboxMeetsWcag22AA");
    }

    @Test
    void theNewSubscriptionAddressMeetsWcag22AA() {
        loginOnce("clara.jobcenter");
        open("kalender/abo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abo-Adresse erstellen")).click();
        assertThat(page.getByLabel("Ihre Abo-Adresse")).hasValue(Pattern.compile(".*/ical/abo/[A-Za-z0-9_-]{43}\\.ics"));
        waitForVaadin();

        checkAtDeskThenOnAPhone("theNewSubscriptionAddressMeetsWcag22AA");
    }

    @Test
    void theDirectoryWithoutResultsMeetsWcag22AA() {
        loginOnce("bernd.agentur");
        open("ansprechpartner");
        page.getByLabel("Suche nach Name, Funktion, Organisation oder Thema").fill("xyzzy");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Keine Einträge");
        waitForVaadin();

        checkAtDeskThenOnAPhone("theDirectoryWithoutResultsMeetsWcag22AA");
    }

    @Test
    void theSeriesRuleAndTheGuestRowsOfANewMeetingMeetWcag22AA() {
        loginOnce("anna.koordination");
        open("termine/neu");
        page.getByText("Wiederholen").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gast hinzufügen")).click();
        assertThat(page.getByLabel("E-Mail des Gastes")).isVisible();
        assertThat(page.getByLabel("Anzahl der Termine")).isVisible();
        waitForVaadin();

        checkAtDeskThenOnAPhone("theSeriesRuleAndTheGuestRowsOfANewMeetingMeetWcag22AA");
    }

    @Test
    void theAgendaItemDialogMeetsWcag22AA() {
        loginOnce("anna.koordination");
        open("termine/m-ag-sitzung-4/tagesordnung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punkt hinzufügen")).click();
        assertThat(page.getByLabel("Geplante Minuten")).isVisible();
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("theAgendaItemDialogMeetsWcag22AA");
    }

    @Test
    void theCancelDialogOfASeriesDateMeetsWcag22AA() {
        loginOnce("anna.koordination");
        open("termine/m-ag-sitzung-9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Absagen")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nur diesen Termin"))).isVisible();
        waitForVaadin();

        checkAtDeskThenOnAPhone("theCancelDialogOfASeriesDateMeetsWcag22AA");
    }

    @Test
    void theBacklogPickerMeetsWcag22AA() {
        loginOnce("anna.koordination");
        open("termine/m-ag-sitzung-4/tagesordnung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aus dem Themenspeicher übernehmen"))
                .click();
        assertThat(page.getByText("Im Themenspeicher liegt kein Thema")).isVisible();
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("theBacklogPickerMeetsWcag22AA");
    }

    @Test
    void theClosingConfirmationMeetsWcag22AA() {
        loginOnce("anna.koordination");
        open("termine/m-ag-sitzung-4/anwesenheit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als durchgeführt abschließen")).click();
        assertThat(page.getByText("Termin als durchgeführt abschließen?")).isVisible();
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("theClosingConfirmationMeetsWcag22AA");
    }

    @Test
    void aDraftOfMinutesWithItsEditorsMeetsWcag22AA() {
        var meeting = draftMinutes("Entwurf");
        loginOnce("anna.koordination");

        atDeskAndOnAPhone("aDraftOfMinutesWithItsEditorsMeetsWcag22AA", () -> {
            open("termine/" + meeting.getId() + "/protokoll");
            assertThat(page.getByLabel("Notizen", new Page.GetByLabelOptions().setExact(true))).hasCount(3);
        });
    }

    @Test
    void theDecisionDialogMeetsWcag22AA() {
        var meeting = draftMinutes("Beschlussdialog");
        loginOnce("anna.koordination");
        open("termine/" + meeting.getId() + "/protokoll");
        page.locator("#top-" + ProtocolFixtures.item(meeting, 1))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Beschluss erfassen")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Wortlaut")).isVisible();
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("theDecisionDialogMeetsWcag22AA");
    }

    @Test
    void theDialogThatSendsMinutesRoundMeetsWcag22AA() {
        var meeting = draftMinutes("Abstimmungsdialog");
        loginOnce("anna.koordination");
        open("termine/" + meeting.getId() + "/protokoll");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zur Abstimmung senden")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Anmerkungen bis")).isVisible();
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("theDialogThatSendsMinutesRoundMeetsWcag22AA");
    }

    @Test
    void theApprovalDialogMeetsWcag22AA() {
        var meeting = draftMinutes("Genehmigungsdialog");
        ProtocolFixtures.heldSession(meetings, "Folgesitzung", meeting.localStart().plusDays(30));
        loginOnce("anna.koordination");
        open("termine/" + meeting.getId() + "/protokoll");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Genehmigen").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Folgesitzung");
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("theApprovalDialogMeetsWcag22AA");
    }

    @Test
    void theCorrectionDialogMeetsWcag22AA() {
        var meeting = draftMinutes("Berichtigungsdialog");
        asCoordinator(() -> {
            ProtocolFixtures.approve(context, meeting.getId(), null, "Anna Koordination");
            return approval.startCorrection(meeting.getId(), protocolVersion(meeting));
        });
        loginOnce("anna.koordination");
        open("termine/" + meeting.getId() + "/protokoll");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Berichtigung abschließen")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Grund der Berichtigung")).isVisible();
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("theCorrectionDialogMeetsWcag22AA");
    }

    /** Version 2 with its changes marked, as the office and as an invited partner organisation read it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dora.caritas", "anna.koordination"})
    void correctedMinutesAndTheirChangesMeetWcag22AA(String username) {
        var meeting = draftMinutes("Berichtigt");
        asCoordinator(() -> {
            ProtocolFixtures.approve(context, meeting.getId(), null, "Anna Koordination");
            approval.startCorrection(meeting.getId(), protocolVersion(meeting));
            var notes = protocols.find(meeting.getId()).orElseThrow().notes().get(ProtocolFixtures.item(meeting, 1));
            protocols.saveNotes(meeting.getId(), ProtocolFixtures.item(meeting, 1), notes.getVersion(),
                    "Drei neue Kurse ab **April**.\n\n- Kurs A\n- Kurs B\n- Kurs C", notes.getInternalNotes());
            return ProtocolFixtures.approve(context, meeting.getId(), "Zahl der Kurse berichtigt", "Anna Koordination");
        });
        loginOnce(username);

        atDeskAndOnAPhone(username + "-corrected-minutes", () -> {
            open("termine/" + meeting.getId() + "/protokoll");
            assertThat(page.getByText(Pattern.compile("^Genehmigt am .*, Fassung 2$"))).isVisible();
        });
        atDeskAndOnAPhone(username + "-corrected-minutes-versions", () -> {
            open("termine/" + meeting.getId() + "/protokoll/versionen");
            assertThat(page.locator("ins").first()).isVisible();
        });
    }

    @Test
    void aTaskWithItsCommentsAndItsDropDialogMeetWcag22AA() {
        var task = taskForClara("Barrierefreiheit");
        loginOnce("clara.jobcenter");

        atDeskAndOnAPhone("clara.jobcenter-task", () -> {
            open("aufgaben/" + task.getId());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(task.getTitle());
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entfällt …")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Begründung")).isVisible();
        waitForOpenedOverlay();

        checkAtDeskThenOnAPhone("aTaskWithItsCommentsAndItsDropDialogMeetWcag22AA");
    }

    @Test
    void theFormOfATaskMeetsWcag22AA() {
        var task = taskForClara("Formular");
        loginOnce("anna.koordination");

        atDeskAndOnAPhone("anna.koordination-task-edit", () -> {
            open("aufgaben/" + task.getId() + "/bearbeiten");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Aufgabe bearbeiten: " + task.getTitle());
        });
    }

    /** A task of its own for Clara Jobcenter, with a comment, so the page shows every part. */
    private Task taskForClara(String title) {
        return asCoordinator(() -> {
            var task = new Task(title + " " + UUID.randomUUID().toString().substring(0, 8), Formats.today().plusDays(14));
            task.setOwner("c-jobcenter-clara", null);
            task.setDescription("Bitte die Zahlen des Quartals an die Kommune melden.");
            task.setRepeat(TaskRepeat.quarterly(15));
            var created = tasks.create(task);
            return tasks.comment(created.getId(), "Die Zahlen kommen bis Freitag.");
        });
    }

    /** A held session of its own with minutes started: notes on two items, a decision on the public one. */
    private Meeting draftMinutes(String title) {
        var meeting = ProtocolFixtures.heldSession(meetings, title + " " + UUID.randomUUID().toString().substring(0, 8),
                AgendaFixtures.farBehind());
        return asCoordinator(() -> {
            protocols.start(meeting.getId());
            protocols.saveNotes(meeting.getId(), ProtocolFixtures.item(meeting, 0), null, "Interne Zahlen des Jobcenters",
                    null);
            protocols.saveNotes(meeting.getId(), ProtocolFixtures.item(meeting, 1), null,
                    "Zwei neue Kurse ab **März**.\n\n- Kurs A\n- Kurs B", "nur intern: Träger wechselt");
            protocols.saveDecision(meeting.getId(), ProtocolFixtures.item(meeting, 1),
                    new Decision("Zwei Kurse werden beantragt.", DecisionResult.ADOPTED));
            return meeting;
        });
    }

    private long protocolVersion(Meeting meeting) {
        return protocols.find(meeting.getId()).orElseThrow().protocol().getVersion();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    /** Until the dialog has faded in: axe measures contrast against a half-transparent dialog otherwise. */
    private void waitForOpenedOverlay() {
        waitForVaadin();
        page.waitForFunction("() => !document.querySelector('[opening]')");
    }

    /** Takes the account's page, logging in on its first use, at the desk's size as a new window would be. */
    private void loginOnce(String username) {
        var kept = pages.get(username);
        if (kept == null) {
            page = newLastingPage();
            if (!ANONYMOUS.equals(username)) {
                login(username);
            }
            pages.put(username, page);
        } else {
            page = kept;
            page.setViewportSize(Screen.DESK.width, Screen.DESK.height);
        }
    }
}
