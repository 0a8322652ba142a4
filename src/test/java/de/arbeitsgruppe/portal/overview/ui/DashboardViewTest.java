package de.arbeitsgruppe.portal.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.LegalView;
import de.arbeitsgruppe.portal.task.PeopleWithTasks;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The start page for a member, a partner and the office. Tasks, entries and the overdue counts are
 * of people and organisations made for each test, so no other test's records show.
 */
@WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
class DashboardViewTest extends ViewTest {

    private static final String MINUTES_TITLE = "Protokolle, die auf meine Anmerkungen warten";

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskManagement tasks;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    ProtocolManagement protocols;
    @Autowired
    Protocols storedProtocols;
    @Autowired
    ContactDirectory directory;
    @Autowired
    OfferManagement offerManagement;

    PeopleWithTasks fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PeopleWithTasks(context);
    }

    @Test
    void showsAMemberTheirOwnAndTheirOrganisationsOpenTasksOverdueFirstSayingSoInWords() {
        var member = fixtures.person(Role.MEMBER);
        var today = Formats.today();
        var report = fixtures.give("Bericht schreiben", member.contactId(), null, today.plusDays(10));
        var figures = fixtures.overdue(fixtures.give("Zahlen liefern", member.contactId(), null, today.plusDays(5)), 3);
        var list = fixtures.give("Liste prüfen", null, member.organisationId(), today.plusDays(2));
        var finished = fixtures.give("Schon erledigt", member.contactId(), null, today.plusDays(1));
        PeopleWithTasks.asCoordinator(() -> tasks.changeStatus(finished.getId(), finished.getVersion(), TaskStatus.DONE, null));
        var someoneElses = fixtures.give("Fremde Aufgabe", null, "org-agentur-musterstadt", today.plusDays(1));

        var view = member.signedIn(() -> navigate(DashboardView.class));

        assertThat(view.tasks.title.getText()).isEqualTo("Meine Aufgaben");
        assertThat(view.tasks.summary.getText())
                .isEqualTo("3 offene Aufgaben für Sie oder Ihre Organisation, davon eine überfällig.");
        assertThat(entries(view.tasks)).containsExactly(
                figures.getTitle() + " – Überfällig seit " + Formats.date(today.minusDays(3)) + ", Offen",
                list.getTitle() + " – Fällig am " + Formats.date(today.plusDays(2)) + ", Offen, Aufgabe Ihrer ganzen Organisation",
                report.getTitle() + " – Fällig am " + Formats.date(today.plusDays(10)) + ", Offen");
        assertThat(find(Anchor.class, view.tasks.list).all()).extracting(Anchor::getHref)
                .containsExactly("aufgaben/" + figures.getId(), "aufgaben/" + list.getId(), "aufgaben/" + report.getId());
        assertThat(textOf(view.tasks)).doesNotContain(finished.getTitle(), someoneElses.getTitle());
        assertThat(view.tasks.onwards.getText()).isEqualTo("Alle meine Aufgaben");
        assertThat(view.tasks.onwards.getHref()).isEqualTo("aufgaben/meine");
    }

    @Test
    void tellsSomeoneWithNothingWaitingWhatHappensNext() {
        var partner = fixtures.person(Role.PARTNER);

        var view = partner.signedIn(() -> navigate(DashboardView.class));

        assertThat(view.tasks.summary.getText()).startsWith("Keine offenen Aufgaben für Sie oder Ihre Organisation.")
                .contains("per E-Mail");
        assertThat(view.tasks.list.isVisible()).isFalse();
        assertThat(view.tasks.onwards.getHref()).isEqualTo("aufgaben/meine");
        assertThat(view.minutes.summary.getText()).startsWith("Kein Protokoll wartet auf Ihre Anmerkungen.");
        assertThat(view.minutes.list.isVisible()).isFalse();
        assertThat(view.ownEntry).isNull();
    }

    @Test
    void showsAPartnerOnlyTheirOrganisationsTasksAndMeetingsAndNoneOfTheOfficesCards() {
        var partner = fixtures.person(Role.PARTNER);
        var other = fixtures.person(Role.PARTNER);
        var theirs = fixtures.give("Flyer verteilen", null, partner.organisationId(), Formats.today().plusDays(4));
        var notTheirs = fixtures.give("Flyer drucken", null, other.organisationId(), Formats.today().plusDays(4));
        var internal = fixtures.runningMeeting("Interne Abstimmung", Visibility.INTERNAL);
        var open = fixtures.runningMeeting("Austausch mit Trägern", Visibility.PARTNERS);

        var view = partner.signedIn(() -> navigate(DashboardView.class));

        assertThat(cardTitles(view)).containsExactly("Meine Aufgaben", "Meine nächsten Termine", MINUTES_TITLE);
        assertThat(textOf(view.tasks)).contains(theirs.getTitle()).doesNotContain(notTheirs.getTitle());
        assertThat(textOf(view.meetings)).contains(open.getTitle()).doesNotContain(internal.getTitle());
        assertThat(view.overdueTasks).isNull();
        assertThat(view.confirmations).isNull();
    }

    @Test
    void listsTheNextMeetingsWithDateTimeAndPlaceEachLeadingToItsPage() {
        var running = fixtures.runningMeeting("Schnittstellengespräch", Visibility.INTERNAL);

        var view = navigate(DashboardView.class);

        assertThat(view.meetings.title.getText()).isEqualTo("Meine nächsten Termine");
        // only meetings running right now come before it
        assertThat(entries(view.meetings)).hasSizeBetween(1, 5)
                .contains(running.getTitle() + " – " + Formats.dateTime(running.getStart()) + ", Kreishaus, Raum 12");
        assertThat(Formats.dateTime(running.getStart())).matches("\\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d");
        assertThat(find(Anchor.class, view.meetings.list).all()).extracting(Anchor::getHref)
                .contains("termine/" + running.getId());
        assertThat(view.meetings.onwards.getHref()).isEqualTo("termine");
    }

    @Test
    void offersMinutesSentRoundToThoseWhoMayCommentUntilTheirDeadline() {
        var title = "Sitzung zur Abstimmung " + UUID.randomUUID().toString().substring(0, 6);
        // long ago, like every meeting other tests leave behind: the meeting list's tests read the latest past ones
        var day = de.arbeitsgruppe.portal.meeting.AgendaFixtures.farBehind();
        var held = ProtocolFixtures.heldSession(meetings, title, day);
        PeopleWithTasks.asCoordinator(() -> protocols.start(held.getId()));
        var deadline = Formats.today().plusDays(3);
        ProtocolFixtures.circulating(storedProtocols, held.getId(), deadline);
        var line = "Protokoll: " + title + " vom " + Formats.date(day.toLocalDate()) + " – Anmerkungen bis "
                + Formats.date(deadline);

        // the page is one and the same view, read anew on each visit: each visit is checked at once
        var member = navigate(DashboardView.class);
        assertThat(member.minutes.title.getText()).isEqualTo(MINUTES_TITLE);
        assertThat(entries(member.minutes)).contains(line);
        assertThat(find(Anchor.class, member.minutes.list).all()).extracting(Anchor::getHref)
                .contains("termine/" + held.getId() + "/protokoll");

        var invitedPartner = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> navigate(DashboardView.class));
        assertThat(entries(invitedPartner.minutes)).contains(line);

        var otherPartner = fixtures.person(Role.PARTNER).signedIn(() -> navigate(DashboardView.class));
        assertThat(textOf(otherPartner.minutes)).doesNotContain(title);

        ProtocolFixtures.circulating(storedProtocols, held.getId(), Formats.today().minusDays(1));

        assertThat(textOf(navigate(DashboardView.class).minutes)).doesNotContain(title);
    }

    @Test
    void asksForTheOwnEntryOnlyWhileItIsDueForConfirmation() {
        var member = fixtures.person(Role.MEMBER);
        assertThat(member.signedIn(() -> navigate(DashboardView.class)).ownEntry).isNull();

        fixtures.confirmedMonthsAgo(member, 8);
        var view = member.signedIn(() -> navigate(DashboardView.class));

        assertThat(cardTitles(view)).contains("Mein Eintrag im Adressbuch");
        assertThat(view.ownEntry.summary.getText()).isEqualTo("Ihr Eintrag wurde zuletzt am "
                + Formats.date(Formats.today().minusMonths(8)) + " bestätigt. Bitte prüfen Sie, ob er noch stimmt.");
        assertThat(view.ownEntry.onwards.getText()).isEqualTo("Eintrag prüfen");
        assertThat(view.ownEntry.onwards.getHref()).isEqualTo("ansprechpartner/bestaetigen");
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void showsTheOfficeOverdueTasksByOrganisationAndTheEntriesToCheck() {
        var member = fixtures.person(Role.MEMBER);
        var today = Formats.today();
        fixtures.overdue(fixtures.give("Zahlen liefern", null, member.organisationId(), today.plusDays(3)), 2);
        fixtures.overdue(fixtures.give("Konzept abstimmen", member.contactId(), null, today.plusDays(3)), 9);
        fixtures.give("Noch Zeit", member.contactId(), null, today.plusDays(3));

        var view = navigate(DashboardView.class);

        assertThat(cardTitles(view)).contains("Meine Aufgaben", "Meine nächsten Termine", MINUTES_TITLE,
                "Überfällige Aufgaben nach Organisation", "Einträge zu prüfen", "Angebote zur Prüfung");
        assertThat(entries(view.overdueTasks)).contains(member.organisationName() + " – 2 überfällige Aufgaben");
        assertThat(find(Anchor.class, view.overdueTasks.list).all()).extracting(Anchor::getHref)
                .contains("aufgaben?organisation=" + member.organisationId() + "&ueberfaellig=ja");
        assertThat(view.overdueTasks.onwards.getHref()).isEqualTo("aufgaben?ueberfaellig=ja");
        long toCheck = PeopleWithTasks.asCoordinator(directory::countNeedingConfirmation);
        assertThat(toCheck).isPositive();
        assertThat(view.confirmations.summary.getText()).isEqualTo(toCheck == 1
                ? "Ein Eintrag wurde seit 6 Monaten nicht bestätigt."
                : toCheck + " Einträge wurden seit 6 Monaten nicht bestätigt.");
        assertThat(view.confirmations.onwards.getHref()).isEqualTo("ansprechpartner-pruefen");
        long offers = PeopleWithTasks.asCoordinator(offerManagement::countInReview);
        assertThat(view.offersInReview.onwards.getHref()).isEqualTo("angebote/pruefung");
        assertThat(view.offersInReview.summary.getText()).isEqualTo(offers == 0 ? "Kein Angebot wartet auf Prüfung."
                : offers == 1 ? "Ein Angebot wartet auf Ihre Prüfung." : offers + " Angebote warten auf Ihre Prüfung.");
    }

    @Test
    void namesEachCardByItsHeadingForScreenReaders() {
        var view = navigate(DashboardView.class);

        assertThat(view.cards.getChildren().toList()).isNotEmpty().allSatisfy(card -> {
            var heading = find(H2.class, card).single();
            assertThat(card.getElement().getTag()).isEqualTo("section");
            assertThat(card.getElement().getAttribute("aria-labelledby")).isEqualTo(heading.getId().orElseThrow());
        });
        assertThat(view.cards.getClassNames()).contains("portal-dashboard");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = Role.PARTNER_NAME)
    void greetsTheUserAndKeepsTheAreasTheyMayOpenFoldedBelowTheCards() {
        var view = navigate(DashboardView.class);

        assertThat(heading().getText()).isEqualTo("Übersicht");
        assertThat(view.greeting.getText()).isEqualTo("Guten Tag, Dora Caritas (Caritasverband Musterstadt).");
        assertThat(view.areas.isOpened()).isFalse();
        assertThat(view.areas.getSummaryText()).isEqualTo("Alle Bereiche des Portals");
        var areas = find(Anchor.class, view.areas.areas).all().stream().map(Anchor::getText).toList();
        assertThat(areas).contains("Organisationen", "Ansprechpartner", "Kalender", "Termine")
                .doesNotContain("Übersicht", "Schnittstellen", "Konten");
        assertThat(textOf(view.areas.areas)).contains("Wen rufe ich an? Suche nach Name, Funktion, Organisation oder Thema.");
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void speaksEnglishToAUserWhoChoseEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // the start page was built before the switch; leaving it stands in for the reload after the switch
        navigate(LegalView.class);
        var view = navigate(DashboardView.class);

        assertThat(heading().getText()).isEqualTo("Overview");
        assertThat(view.greeting.getText()).isEqualTo("Hello, Anna Koordination (Landkreis Musterstadt).");
        assertThat(cardTitles(view)).contains("My tasks", "My next meetings", "Minutes waiting for my comments",
                "Overdue tasks by organisation", "Entries to check");
    }

    private List<String> cardTitles(DashboardView view) {
        return find(H2.class, view.cards).all().stream().map(H2::getText).toList();
    }

    /** Each entry as "link – details", as it reads. */
    private List<String> entries(DashboardCard card) {
        return find(ListItem.class, card.list).all().stream().map(item -> {
            var parts = item.getChildren().toList();
            return text(parts.get(0)) + " – " + text(parts.get(1));
        }).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
