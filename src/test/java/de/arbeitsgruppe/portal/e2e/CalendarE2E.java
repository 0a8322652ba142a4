package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

class CalendarE2E extends BrowserTest {

    private static final String TALK = "m-schnittstelle-kommune-jobcenter";
    private static final String TALK_TITLE = "Schnittstellengespräch Kommune – Jobcenter";

    @Autowired
    MongoTemplate mongo;

    private Meeting before;

    @BeforeEach
    void inviteToTheTalk() {
        before = mongo.findById(TALK, Meeting.class);
        // as if the invitation had gone out: a move must then reach the invitees as an update
        mongo.updateFirst(query(where("_id").is(TALK)), new Update().set("invitedAt", Instant.now()), Meeting.class);
    }

    @AfterEach
    void restoreTheTalk() {
        mongo.updateFirst(query(where("_id").is(TALK)), new Update()
                .set("start", before.getStart())
                .set("end", before.getEnd())
                .set("sequence", before.getSequence())
                .set("invitedAt", before.getInvitedAt())
                .set("state", before.getState())
                .inc("version", 1), Meeting.class);
    }

    @Test
    void aMemberBrowsesMonthWeekAndListAndOpensAMeeting() {
        login("bernd.agentur");
        open("kalender");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kalender");
        assertThat(page.locator("portal-calendar .fc-dayGridMonth-view")).isVisible();
        var session = page.locator("portal-calendar .fc-event").filter(
                new Locator.FilterOptions().setHasText("Sitzung der Arbeitsgruppe")).first();
        assertThat(session).isVisible();
        assertThat(session).hasCSS("background-color", "rgb(26, 95, 180)");
        assertThat(session).containsText("10:00");
        assertMeetsWcag22AA();

        button("Woche").click();
        assertThat(page.locator("portal-calendar .fc-timeGridWeek-view")).isVisible();
        assertThat(page.locator("portal-calendar .fc-col-header-cell").first()).containsText("Mo");
        assertMeetsWcag22AA();

        button("Liste").click();
        assertThat(page.locator("portal-calendar .fc-listMonth-view")).isVisible();
        var listed = page.locator("portal-calendar .fc-list-event-title a").filter(
                new Locator.FilterOptions().setHasText("Sitzung der Arbeitsgruppe")).first();
        assertThat(listed).isVisible();
        assertMeetsWcag22AA();

        // keyboard: the entries are links, reached with Tab and opened with Enter
        listed.focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/termine/m-ag-sitzung-\\d+$"));
    }

    @Test
    void theNextMonthLoadsItsOwnMeetings() {
        login("bernd.agentur");
        open("kalender");
        var sessions = page.locator("portal-calendar .fc-event").filter(
                new Locator.FilterOptions().setHasText("Sitzung der Arbeitsgruppe"));
        assertThat(sessions.first()).isVisible();

        page.locator("portal-calendar .fc-next-button").click();
        waitForVaadin();

        var nextMonth = Formats.today().withDayOfMonth(1).plusMonths(1);
        var secondTuesday = nextMonth.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        assertThat(page.locator("portal-calendar td[data-date='" + secondTuesday + "'] .fc-event"))
                .containsText("Sitzung der Arbeitsgruppe");
    }

    @Test
    void aCoordinatorDragsAMeetingToTheNextDayAndTheInviteesGetAnUpdate() {
        login("anna.koordination");
        var from = before.localStart().toLocalDate();
        var to = dragTalk(from);

        var dialog = dialog();
        assertThat(dialog).containsText("Termin verschieben?");
        assertThat(dialog).containsText("Bisher: " + Formats.date(from) + ", 14:00–15:30");
        assertThat(dialog).containsText("Neu: " + Formats.date(to) + ", 14:00–15:30");
        assertThat(dialog).containsText("Die Eingeladenen erhalten eine Aktualisierung der Einladung.");
        assertMeetsWcag22AA();

        button("Verschieben").click();

        assertThat(page.getByText("Der Termin ist verschoben")).isVisible();
        assertThat(talkIn(to)).isVisible();
        var moved = mongo.findById(TALK, Meeting.class);
        assertThat(moved.localStart()).isEqualTo(to.atTime(14, 0));
        assertThat(moved.localEnd()).isEqualTo(to.atTime(15, 30));
        // the iCalendar sequence rises, so the invitees' calendars take the update
        assertThat(moved.getSequence()).isEqualTo(before.getSequence() + 1);
    }

    @Test
    void aCoordinatorWhoCancelsSeesTheMeetingBackWhereItWas() {
        login("anna.koordination");
        var from = before.localStart().toLocalDate();
        var to = dragTalk(from);
        assertThat(talkIn(to)).isVisible();

        button("Abbrechen").click();

        assertThat(talkIn(from)).isVisible();
        assertThat(talkIn(to)).hasCount(0);
        assertThat(mongo.findById(TALK, Meeting.class).getStart()).isEqualTo(before.getStart());
    }

    @Test
    void aCoordinatorOnAPhoneMovesAMeetingWithoutDragging() {
        page.setViewportSize(Screen.PHONE.width, Screen.PHONE.height);
        login("anna.koordination");
        open("kalender");
        var to = before.localStart().toLocalDate().plusDays(2);
        // a phone starts with the list, where the talk is a link in its row
        var entry = page.locator("portal-calendar .fc-list-event-title a").filter(new Locator.FilterOptions().setHasText(TALK_TITLE));
        for (int tries = 0; tries < 2 && entry.count() == 0; tries++) {
            page.locator("portal-calendar .fc-next-button").click();
            waitForVaadin();
        }
        entry.first().focus();
        entry.first().press("Enter");
        button("Verschieben").click();
        assertThat(dialog()).containsText("Die Eingeladenen erhalten eine Aktualisierung der Einladung.");
        assertMeetsWcag22AA();
        // typed at desk width: on a phone Vaadin's date picker opens its own full-screen month list,
        // which a person scrolls and taps but a simulated keyboard cannot drive reliably
        page.setViewportSize(Screen.DESK.width, Screen.DESK.height);
        enter("Neuer Beginn Datum", Formats.date(to));
        enter("Neuer Beginn Uhrzeit", "09:00");
        button("Verschieben").click();

        assertThat(page.getByText("Der Termin ist verschoben")).isVisible();
        var moved = mongo.findById(TALK, Meeting.class);
        assertThat(moved.localStart()).isEqualTo(to.atTime(9, 0));
        assertThat(moved.localEnd()).isEqualTo(to.atTime(10, 30));
    }

    private void enter(String label, String value) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(value);
        field.press("Enter");
        assertThat(field).hasValue(value);
        waitForVaadin();
    }

    /** Opens the month of the talk and drags it one day on (or back, at the end of the grid); returns the day. */
    private LocalDate dragTalk(LocalDate from) {
        open("kalender");
        for (int tries = 0; tries < 2 && talkIn(from).count() == 0; tries++) {
            page.locator("portal-calendar .fc-next-button").click();
            waitForVaadin();
        }
        var event = talkIn(from);
        assertThat(event).isVisible();
        waitForVaadin();
        var to = dayCell(from.plusDays(1)).count() > 0 ? from.plusDays(1) : from.minusDays(1);
        dragOnto(event, dayCell(to), button("Verschieben"));
        assertThat(button("Verschieben")).isVisible();
        waitForVaadin();
        return to;
    }

    /** The open dialog of the portal (a date picker's overlay is a dialog too). */
    private Locator dialog() {
        return page.locator("vaadin-dialog[opened]");
    }

    private Locator talkIn(LocalDate day) {
        return dayCell(day).locator(".fc-event").filter(new Locator.FilterOptions().setHasText(TALK_TITLE));
    }

    private Locator dayCell(LocalDate day) {
        return page.locator("portal-calendar td.fc-daygrid-day[data-date='" + day + "']");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
