package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.berlin;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.events;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.expand;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.onlyEvent;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.parse;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.value;
import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meeting feature end to end in Chromium, as the quality bars ask: a coordinator plans
 * a series with its agenda and invites to it (the mails reach the test SMTP server with an
 * iCalendar file that keeps 14:00 in Berlin across the change to summer time), drags an invited
 * meeting in the calendar (the invitees get an update), members and partners subscribe to their
 * personal feed (and see only what they may), and an anonymous visitor sees the public events and
 * nothing internal. The meetings planned here are new ones with unique titles; the demo meetings
 * that other browser tests use stay as they are.
 */
class MeetingsE2E extends BrowserTest {

    private static final String TALK = "m-schnittstelle-kommune-jobcenter";
    private static final String TALK_TITLE = "Schnittstellengespräch Kommune – Jobcenter";
    private static final String PARTNER_MEETING = "m-austausch-sprachkurstraeger";
    private static final String PARTNER_MEETING_TITLE = "Austausch mit den Sprachkursträgern";
    private static final String INTERNAL_ITEM = "Abstimmung der Zuweisungszahlen (intern)";
    private static final String PUBLIC_EVENT_TITLE = "Arbeitgeberinformationstag: Geflüchtete in Ausbildung und Arbeit";
    private static final String APPROVAL = "Genehmigung des Protokolls der letzten Sitzung";
    private static final String OEZDEMIR = "kommune-oezdemir@musterstadt.example";
    private static final Pattern FEED = Pattern.compile("http://localhost:\\d+/ical/abo/[A-Za-z0-9_-]{43}\\.ics");

    @Autowired
    MeetingManagement meetings;

    @Test
    void aCoordinatorPlansAWeeklySeriesAcrossTheChangeToSummerTimeAndInvitesToAllOfIt() throws Exception {
        var title = unique("Sitzung Arbeitsmarktintegration");
        var guest = "referentin-" + UUID.randomUUID().toString().substring(0, 8) + "@ihk-musterstadt.example";
        var item = "Bericht der Referentin zur Ausbildungsduldung";
        var first = twoWeeksBeforeSummerTime();
        var dates = List.of(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
        login("anna.koordination");
        open("termine/neu");

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Sitzung der Arbeitsgruppe")).check();
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
        enterDate("Beginn Datum", first);
        enterTime("Beginn Uhrzeit", "14:00");
        enterTime("Ende Uhrzeit", "15:30");
        choose("Eingeladene Personen und Postfächer", "Özdemir", "Kemal Özdemir (Landkreis Musterstadt)");
        button("Gast hinzufügen").click();
        page.getByLabel("Name des Gastes").fill("Rita Referentin");
        page.getByLabel("E-Mail des Gastes").fill(guest);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Wiederholen")).check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Wöchentlich bzw. alle n Wochen")).check();
        var count = page.getByLabel("Anzahl der Termine");
        count.fill("4");
        count.press("Tab");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("erster Termin")))
                .hasText("jede Woche am Dienstag, 4 Termine: erster Termin am " + Formats.date(first) + ", letzter am "
                        + Formats.date(dates.getLast()) + ".");
        button("Speichern").click();

        assertThat(page).hasURL(Pattern.compile(".*/termine/(?!neu$)[^/]+$"));
        var id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(heading()).hasText(title);
        assertThat(main()).containsText(Formats.date(first) + ", 14:00");
        assertThat(main()).containsText("Teil einer Serie: jede Woche am Dienstag, 4 Termine.");
        assertThat(main()).containsText("Nächster Termin: " + Formats.date(dates.get(1)));
        assertThat(page.getByText("TOP 1: " + APPROVAL)).isVisible();
        assertThat(page.getByText("TOP 3: Verschiedenes")).isVisible();

        // one more item through the agenda page
        button("Tagesordnung bearbeiten").click();
        assertThat(page).hasURL(Pattern.compile(".*/termine/" + id + "/tagesordnung$"));
        button("Punkt hinzufügen").click();
        var itemDialog = page.getByRole(AriaRole.DIALOG);
        itemDialog.getByLabel("Titel", new Locator.GetByLabelOptions().setExact(true)).fill(item);
        itemDialog.getByLabel("Geplante Minuten").fill("20");
        // items are internal unless marked public: this one goes to the guest too
        itemDialog.getByLabel("Öffentlich", new Locator.GetByLabelOptions().setExact(true)).check();
        itemDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Übernehmen")).click();
        assertThat(itemDialog).isHidden();
        button("Speichern").click();
        assertThat(page.getByText("Tagesordnung gespeichert.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zum Termin")).click();
        assertThat(page).hasURL(Pattern.compile(".*/termine/" + id + "$"));
        assertThat(page.getByText("TOP 4: " + item)).isVisible();

        button("Einladung versenden").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Empfänger (2)");
        assertThat(dialog).containsText("Kemal Özdemir – " + OEZDEMIR);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("ganze Serie")).check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Einladung versenden")).click();
        assertThat(dialog.getByRole(AriaRole.STATUS)).hasText("Einladung an 2 Empfänger versendet.");

        var subject = "Einladung zur Terminserie: " + title + " ab " + Formats.date(first) + ", 14:00";
        var mails = mailsAbout(subject, 2);
        assertThat(mails).hasSize(2).flatMap(ReceivedMail::to).containsExactlyInAnyOrder(OEZDEMIR, guest);
        var toGuest = mails.stream().filter(mail -> mail.to().contains(guest)).findFirst().orElseThrow();
        assertThat(toGuest.subject()).isEqualTo(subject);
        assertThat(toGuest.text())
                .startsWith("Guten Tag Rita Referentin,\n\nhiermit laden wir Sie herzlich zu den folgenden Terminen ein:")
                .contains("Termine:\n– Dienstag, " + Formats.date(first) + ", 14:00 bis 15:30 Uhr\n",
                        "– Dienstag, " + Formats.date(dates.get(2)) + ", 14:00 bis 15:30 Uhr\n",
                        "Tagesordnung des Termins am " + Formats.date(first) + "\n1. " + item + " (20 Min.)\n",
                        "Mit freundlichen Grüßen")
                .doesNotContain(APPROVAL);
        var toMember = mails.stream().filter(mail -> mail.to().contains(OEZDEMIR)).findFirst().orElseThrow();
        assertThat(toMember.text()).contains("Tagesordnung des Termins am " + Formats.date(first) + "\n1. " + APPROVAL
                + " (10 Min.)\n", "4. " + item + " (20 Min.)\n");
        assertThat(toGuest.calendarType()).contains("method=REQUEST");

        var calendar = parse(toGuest.calendar());
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        var starts = startsAsACalendarProgramShowsThem(calendar);
        assertThat(starts).extracting(ZonedDateTime::toLocalDateTime)
                .containsExactlyElementsOf(dates.stream().map(date -> date.atTime(14, 0)).toList());
        // winter time (UTC+1) before the change, summer time (UTC+2) after it
        assertThat(starts).extracting(ZonedDateTime::toInstant).containsExactly(
                first.atTime(13, 0).toInstant(UTC),
                dates.get(1).atTime(13, 0).toInstant(UTC),
                dates.get(2).atTime(12, 0).toInstant(UTC),
                dates.get(3).atTime(12, 0).toInstant(UTC));
        // the guest's calendar file, too, carries only the public item
        assertThat(descriptionOfTheDate(calendar, first.atTime(14, 0))).contains(item).doesNotContain(APPROVAL);
    }

    @Test
    void aCoordinatorDragsAnInvitedMeetingToTheNextDayAndTheInviteesGetAnUpdate() throws Exception {
        var title = unique("Fallbesprechung Rechtskreiswechsel");
        var guest = "gast-" + UUID.randomUUID().toString().substring(0, 8) + "@ihk-musterstadt.example";
        // a Wednesday weeks ahead: Thursday is in the same row of the month grid, and no demo meeting is near
        var day = Formats.today().plusDays(35).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        var id = planMeeting(title, day.atTime(11, 0), guest);
        login("anna.koordination");
        open("termine/" + id);
        button("Einladung versenden").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Einladung versenden")).click();
        assertThat(dialog.getByRole(AriaRole.STATUS)).hasText("Einladung an 2 Empfänger versendet.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Schließen")).click();
        assertThat(page.locator("dd").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^eingeladen$"))))
                .hasCount(1);
        var invitations = mailsAbout("Einladung: " + title, 2);
        assertThat(invitations).hasSize(2);
        var invitation = onlyEvent(parse(invitations.getFirst().calendar()));

        open("kalender");
        var to = day.plusDays(1);
        dragInCalendar(title, day, to);
        var confirm = page.locator("vaadin-dialog[opened]");
        assertThat(confirm).containsText("Bisher: " + Formats.date(day) + ", 11:00–12:30");
        assertThat(confirm).containsText("Neu: " + Formats.date(to) + ", 11:00–12:30");
        assertThat(confirm).containsText("Die Eingeladenen erhalten eine Aktualisierung der Einladung.");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verschieben").setExact(true)).click();
        assertThat(page.getByText("Der Termin ist verschoben")).isVisible();
        assertThat(entry(title, to)).isVisible();

        var newStart = to.atTime(11, 0).atZone(Formats.ZONE).toInstant();
        var updates = mailsAbout("Geändert: " + title + " am " + Formats.dateTime(newStart), 2);
        assertThat(updates).hasSize(2).flatMap(ReceivedMail::to).containsExactlyInAnyOrder(OEZDEMIR, guest);
        assertThat(updates.getFirst().text()).contains("der folgende Termin hat sich geändert",
                "Termin: Donnerstag, " + Formats.date(to) + ", 11:00 bis 12:30 Uhr");
        assertThat(updates.getFirst().calendarType()).contains("method=REQUEST");
        var update = onlyEvent(parse(updates.getFirst().calendar()));
        assertThat(value(update, "UID")).isEqualTo(value(invitation, "UID"));
        assertThat(Integer.parseInt(value(update, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(invitation, "SEQUENCE")));
        assertThat(berlin(update, "DTSTART")).isEqualTo(to.atTime(11, 0));
        assertThat(berlin(update, "DTEND")).isEqualTo(to.atTime(12, 30));
    }

    @Test
    void aPartnerSubscribesToThePersonalFeedAndGetsOnlyWhatPartnersMaySee() throws Exception {
        login("dora.caritas");
        var address = createSubscriptionAddress();

        var feed = fetchAsACalendarProgram(address);

        assertThat(feed.status()).isEqualTo(200);
        var events = events(parse(feed.text()));
        assertThat(uids(events)).contains(uid(PARTNER_MEETING)).doesNotContain(uid(TALK));
        assertThat(summaries(events)).contains(PARTNER_MEETING_TITLE).noneMatch(summary -> summary.contains(TALK_TITLE));
        assertThat(description(events, PARTNER_MEETING)).contains("Freie Plätze in Integrations- und Berufssprachkursen")
                .doesNotContain(INTERNAL_ITEM);
        assertThat(feed.text()).doesNotContain("Zuweisungszahlen", "ATTENDEE");

        revokeSubscription();
        assertThat(fetchAsACalendarProgram(address).status()).isEqualTo(404);
    }

    @Test
    void aMemberSubscribesToThePersonalFeedAndGetsInternalMeetingsAndItemsToo() throws Exception {
        login("bernd.agentur");
        var address = createSubscriptionAddress();

        var feed = fetchAsACalendarProgram(address);

        assertThat(feed.status()).isEqualTo(200);
        var events = events(parse(feed.text()));
        assertThat(uids(events)).contains(uid(PARTNER_MEETING), uid(TALK));
        assertThat(summaries(events)).contains(PARTNER_MEETING_TITLE).anyMatch(summary -> summary.startsWith(TALK_TITLE));
        assertThat(description(events, PARTNER_MEETING)).contains(INTERNAL_ITEM);

        revokeSubscription();
        var revoked = fetchAsACalendarProgram(address);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.text()).doesNotContain("BEGIN:VCALENDAR", TALK_TITLE);
    }

    @Test
    void anAnonymousVisitorSeesThePublicEventsAndNothingInternal() throws Exception {
        open("veranstaltungen");

        assertThat(heading()).hasText("Veranstaltungen");
        assertThat(page.getByText(PUBLIC_EVENT_TITLE)).isVisible();
        assertThat(page.locator("body")).not().containsText(TALK_TITLE);
        assertThat(page.locator("body")).not().containsText(PARTNER_MEETING_TITLE);

        open("termine/" + TALK);
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("body")).not().containsText(TALK_TITLE);

        var download = page.request().get(url("ical/termine/" + TALK + ".ics"), RequestOptions.create().setMaxRedirects(0));
        assertThat(download.status()).isNotEqualTo(200);
        assertThat(download.text()).doesNotContain("BEGIN:VCALENDAR", TALK_TITLE, "Rechtskreiswechsel");

        var publicFeed = page.request().get(url("ical/oeffentlich.ics"));
        assertThat(publicFeed.status()).isEqualTo(200);
        var events = events(parse(publicFeed.text()));
        assertThat(summaries(events)).containsExactly(PUBLIC_EVENT_TITLE);
        assertThat(publicFeed.text()).doesNotContain(TALK_TITLE, PARTNER_MEETING_TITLE, INTERNAL_ITEM, "ATTENDEE");
    }

    /**
     * The Tuesday two weeks before the next change to summer time that is at least a month ahead:
     * a weekly series of four starts there, two dates in winter time and two in summer time.
     */
    private static LocalDate twoWeeksBeforeSummerTime() {
        var rules = Formats.ZONE.getRules();
        var after = Formats.today().plusMonths(1).atStartOfDay(Formats.ZONE).toInstant();
        while (true) {
            var transition = rules.nextTransition(after);
            if (transition.isGap()) {
                // the last Sunday of March; its Tuesday before the week before
                return transition.getDateTimeBefore().toLocalDate().minusDays(12);
            }
            after = transition.getInstant();
        }
    }

    /** An interface talk of 90 minutes with a contact and a guest as invitees, planned as the coordinator would. */
    private String planMeeting(String title, LocalDateTime start, String guest) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var meeting = new Meeting(MeetingType.INTERFACE_TALK, title, null, null);
            meeting.setLocalStart(start);
            meeting.setLocalEnd(start.plusMinutes(90));
            meeting.setPlace("Kreishaus Musterstadt, Raum 204");
            meeting.setOrganiserOrganisationId("org-landkreis-musterstadt");
            meeting.setInvitedContactIds(Set.of("c-kommune-oezdemir"));
            meeting.setGuests(List.of(new Guest("Gerd Gast", "IHK Musterstadt", guest)));
            return meetings.create(meeting, null).getId();
        });
    }

    /** Types a date into the date part of a date-time picker as German users write it. */
    private void enterDate(String label, LocalDate date) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(Formats.date(date));
        field.press("Enter");
        assertThat(field).hasValue(Formats.date(date));
        waitForVaadin();
    }

    private void enterTime(String label, String time) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(time);
        field.press("Enter");
        assertThat(field).hasValue(time);
        waitForVaadin();
    }

    /** Types into a combo box and picks the offered item. */
    private void choose(String label, String typed, String item) {
        var field = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label));
        field.click();
        field.pressSequentially(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item)).click();
        field.press("Escape");
        waitForVaadin();
        assertThat(page.locator("vaadin-multi-select-combo-box-chip").filter(new Locator.FilterOptions().setHasText(item)))
                .hasCount(1);
    }

    /** Opens the month of the day in the calendar and drags the meeting onto another day. */
    private void dragInCalendar(String title, LocalDate from, LocalDate to) {
        for (int tries = 0; tries < 3 && entry(title, from).count() == 0; tries++) {
            page.locator("portal-calendar .fc-next-button").click();
            waitForVaadin();
        }
        var event = entry(title, from);
        assertThat(event).isVisible();
        // the mouse reaches only what is on the screen: late rows of the month lie below it
        event.scrollIntoViewIfNeeded();
        dragOnto(event, dayCell(to), page.locator("vaadin-dialog[opened]"));
        assertThat(page.locator("vaadin-dialog[opened]")).containsText("Termin verschieben?");
        waitForVaadin();
    }

    private Locator entry(String title, LocalDate day) {
        return dayCell(day).locator(".fc-event").filter(new Locator.FilterOptions().setHasText(title));
    }

    private Locator dayCell(LocalDate day) {
        return page.locator("portal-calendar td.fc-daygrid-day[data-date='" + day + "']");
    }

    /** "Kalender abonnieren": a new address (replacing one an earlier test made), read from the page. */
    private String createSubscriptionAddress() {
        open("kalender/abo");
        var renew = button("Neue Adresse erstellen");
        if (renew.isVisible()) {
            renew.click();
            confirmDialogButton("Neue Adresse erstellen").click();
        } else {
            button("Abo-Adresse erstellen").click();
        }
        var field = page.getByLabel("Ihre Abo-Adresse");
        assertThat(field).hasValue(FEED);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Abo-Adresse wurde am")))
                .isVisible();
        return field.inputValue();
    }

    private void revokeSubscription() {
        button("Abo widerrufen").click();
        confirmDialogButton("Abo widerrufen").click();
        assertThat(page.getByText("Das Abo ist widerrufen")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("noch keine Abo-Adresse")))
                .isVisible();
    }

    /** Fetched the way a calendar program does: from another computer, without the portal's cookies. */
    private APIResponse fetchAsACalendarProgram(String address) {
        return newPage().request().get(address, RequestOptions.create().setMaxRedirects(0));
    }

    /** Every start the series file holds, with a changed date (RECURRENCE-ID) in place of the rule's one. */
    private static List<ZonedDateTime> startsAsACalendarProgramShowsThem(Calendar calendar) {
        var master = events(calendar).stream().filter(event -> event.getProperty("RRULE").isPresent())
                .findFirst().orElseThrow();
        var overrides = events(calendar).stream().filter(event -> event.getProperty("RECURRENCE-ID").isPresent())
                .toList();
        assertThat(events(calendar)).hasSize(1 + overrides.size());
        var starts = new ArrayList<ZonedDateTime>();
        for (ZonedDateTime start : expand(master)) {
            var local = start.toLocalDateTime();
            starts.add(overrides.stream().filter(override -> berlin(override, "RECURRENCE-ID").equals(local))
                    .map(override -> berlin(override, "DTSTART").atZone(Formats.ZONE)).findFirst().orElse(start));
        }
        return starts;
    }

    private static String descriptionOfTheDate(Calendar calendar, LocalDateTime originalStart) {
        return events(calendar).stream()
                .filter(event -> event.getProperty("RECURRENCE-ID").isPresent()
                        && berlin(event, "RECURRENCE-ID").equals(originalStart))
                .findFirst()
                .or(() -> events(calendar).stream().filter(event -> event.getProperty("RRULE").isPresent()).findFirst())
                .map(event -> value(event, "DESCRIPTION")).orElseThrow();
    }

    private static List<String> uids(List<VEvent> events) {
        return events.stream().map(event -> value(event, "UID")).toList();
    }

    private static List<String> summaries(List<VEvent> events) {
        return events.stream().map(event -> value(event, "SUMMARY")).toList();
    }

    private static String description(List<VEvent> events, String meetingId) {
        return events.stream().filter(event -> uid(meetingId).equals(value(event, "UID"))).findFirst()
                .map(event -> value(event, "DESCRIPTION")).orElseThrow();
    }

    private static String uid(String meetingId) {
        return meetingId + "@koordinierungsportal";
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator main() {
        return page.locator("body");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator confirmDialogButton(String name) {
        return page.locator("vaadin-dialog[opened]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
