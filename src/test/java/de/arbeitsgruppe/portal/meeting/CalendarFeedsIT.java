package de.arbeitsgruppe.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.account.CalendarTokens;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.PeopleWithTasks;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The /ical addresses over real HTTP, read back with ical4j: personal feeds show each user exactly
 * what they may see, dead or made-up addresses say nothing, the public feed holds only public
 * events, and downloads need a login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedsIT {

    private static final String INTERNAL_TALK = DemoMeetings.INTERFACE_TALK_ID + "@koordinierungsportal";
    private static final String PARTNER_MEETING = DemoMeetings.PARTNER_MEETING_ID + "@koordinierungsportal";
    private static final String PUBLIC_EVENT = DemoMeetings.PUBLIC_EVENT_ID + "@koordinierungsportal";
    private static final String INTERNAL_ITEM = "Abstimmung der Zuweisungszahlen (intern)";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    CalendarTokens tokens;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Protocols protocols;
    @Autowired
    PortalProperties properties;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMembersFeedHoldsInternalMeetingsAndInternalAgendaItems() throws Exception {
        var token = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, tokens::issue);

        var response = get(CalendarTokens.feedPath(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=utf-8");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        var events = events(response.body());
        assertThat(uids(events)).contains(INTERNAL_TALK, PARTNER_MEETING, PUBLIC_EVENT)
                .anyMatch(uid -> uid.endsWith("-ag-sitzungen@koordinierungsportal"));
        assertThat(description(events, PARTNER_MEETING)).contains(INTERNAL_ITEM);
    }

    @Test
    void aPartnersFeedLeavesOutInternalMeetingsItemsAndInvitees() throws Exception {
        var token = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, tokens::issue);

        var response = get(CalendarTokens.feedPath(token));

        assertThat(response.statusCode()).isEqualTo(200);
        var events = events(response.body());
        assertThat(uids(events)).contains(PARTNER_MEETING, PUBLIC_EVENT).doesNotContain(INTERNAL_TALK)
                .noneMatch(uid -> uid.endsWith("ag-sitzungen@koordinierungsportal"));
        assertThat(description(events, PARTNER_MEETING)).contains("Freie Plätze").doesNotContain(INTERNAL_ITEM);
        assertThat(response.body()).doesNotContain("ATTENDEE", "c-caritas-dora", "petra.lange");
    }

    @Test
    void aPersonalFeedHoldsTheDueDatesOfTheOwnersTasksAsWholeDaysButNotForSomeoneElsesPartner() throws Exception {
        var people = new PeopleWithTasks(context);
        var member = people.person(Role.MEMBER);
        var own = people.give("Zahlen liefern", member.contactId(), null, Formats.today().plusDays(5));
        var ofOrganisation = people.give("Liste prüfen", null, member.organisationId(), Formats.today().plusDays(8));
        var ownerToken = member.signedIn(tokens::issue);
        var partnerToken = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, tokens::issue);

        var owners = CalendarFileReader.parse(get(CalendarTokens.feedPath(ownerToken)).body());
        var partners = get(CalendarTokens.feedPath(partnerToken)).body();

        var event = event(CalendarFileReader.events(owners), "task-" + own.getId() + "@koordinierungsportal");
        var day = Formats.today().plusDays(5);
        assertThat(CalendarFileReader.lines(event, "DTSTART")).containsExactly("DTSTART;VALUE=DATE:" + BASIC.format(day));
        assertThat(CalendarFileReader.lines(event, "DTEND"))
                .containsExactly("DTEND;VALUE=DATE:" + BASIC.format(day.plusDays(1)));
        assertThat(CalendarFileReader.value(event, "SUMMARY")).isEqualTo("Fällig: " + own.getTitle());
        assertThat(CalendarFileReader.value(event, "URL"))
                .isEqualTo("http://localhost:" + port + "/aufgaben/" + own.getId());
        assertThat(uids(CalendarFileReader.events(owners))).contains("task-" + ofOrganisation.getId() + "@koordinierungsportal");
        assertThat(partners).contains("BEGIN:VCALENDAR").doesNotContain(own.getId(), ofOrganisation.getId(), own.getTitle());
    }

    @Test
    void aRevokedARandomOrAMalformedAddressIsABareNotFound() throws Exception {
        var token = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, tokens::issue);
        SignedIn.as(SignedIn.MEMBER, Role.MEMBER, tokens::revoke);
        var random = UUID.randomUUID().toString().replace("-", "") + "abcdefghijk";

        for (var path : List.of(CalendarTokens.feedPath(token), CalendarTokens.feedPath(random),
                CalendarTokens.feedPath("a"), "/ical/abo/" + token, "/ical/abo/x/" + token + ".ics")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theAddressOfADeactivatedAccountStopsWorking() throws Exception {
        var username = "abo-" + UUID.randomUUID().toString().substring(0, 8);
        var account = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accounts.create(
                new Account(username, "Abo Prüfung", Role.MEMBER, "org-jobcenter-musterstadt"), "Abo-Passwort-123"));
        var token = SignedIn.as(username, Role.MEMBER, tokens::issue);
        assertThat(get(CalendarTokens.feedPath(token)).statusCode()).isEqualTo(200);

        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accounts.setActive(account.getId(), false));

        assertThat(get(CalendarTokens.feedPath(token)).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicFeedHoldsOnlyPublicEventsAndNeedsNoLogin() throws Exception {
        var response = get("/ical/oeffentlich.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        var events = events(response.body());
        assertThat(uids(events)).contains(PUBLIC_EVENT).doesNotContain(INTERNAL_TALK, PARTNER_MEETING)
                .noneMatch(uid -> uid.endsWith("ag-sitzungen@koordinierungsportal"));
        assertThat(response.body()).doesNotContain("ATTENDEE", "petra.lange");
    }

    @Test
    void thePublicFeedShowsANewOrChangedPublicEventAtOnce() throws Exception {
        var before = get("/ical/oeffentlich.ics").body();
        assertThat(get("/ical/oeffentlich.ics").body()).isEqualTo(before);
        var title = "Infoabend " + UUID.randomUUID().toString().substring(0, 8);
        var created = asCoordinator(() -> {
            var event = new Meeting(MeetingType.JOINT_EVENT, title, null, null);
            event.setLocalStart(AgendaFixtures.farAhead());
            event.setLocalEnd(event.localStart().plusHours(2));
            event.setVisibility(Visibility.PUBLIC);
            // the demo event's organiser: other tests check that the public pages name no other
            event.setOrganiserOrganisationId("org-agentur-musterstadt");
            return meetings.create(event, null);
        });

        assertThat(get("/ical/oeffentlich.ics").body()).contains(title);

        asCoordinator(() -> {
            var changed = meetings.find(created.getId()).orElseThrow();
            changed.setTitle(title + " (verlegt)");
            return meetings.update(changed, EditScope.THIS);
        });

        assertThat(get("/ical/oeffentlich.ics").body()).contains(title + " (verlegt)");
    }

    @Test
    void aMeetingWithMinutesLinksThemInThePersonalFeedButNotInThePublicOne() throws Exception {
        var title = "Nachlese " + UUID.randomUUID().toString().substring(0, 8);
        var held = asCoordinator(() -> {
            var event = new Meeting(MeetingType.JOINT_EVENT, title, null, null);
            event.setLocalStart(Formats.today().minusDays(10).atTime(18, 0));
            event.setLocalEnd(event.localStart().plusHours(2));
            event.setVisibility(Visibility.PUBLIC);
            event.setOnlineLink("https://video.example/nachlese");
            event.setOrganiserOrganisationId("org-agentur-musterstadt");
            return meetings.create(event, null);
        });
        ProtocolFixtures.store(protocols, held.getId(), properties.workingGroupId(), ProtocolState.APPROVED);
        var address = "http://localhost:" + port + "/termine/" + held.getId() + "/protokoll";
        var token = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, tokens::issue);

        var event = event(events(get(CalendarTokens.feedPath(token)).body()), MeetingCalendarFiles.publishedUid(held));

        assertThat(event.<Property>getProperty("URL").map(Property::getValue)).hasValue(address);
        assertThat(event.<Property>getProperty("DESCRIPTION").map(Property::getValue).orElseThrow())
                .endsWith("Protokoll: " + address);
        assertThat(event.<Property>getProperty("LOCATION").map(Property::getValue)).hasValue("https://video.example/nachlese");
        assertThat(get("/ical/oeffentlich.ics").body()).doesNotContain("/protokoll");
    }

    @Test
    void aDownloadNeedsALoginAndShowsOnlyWhatTheUserMaySee() throws Exception {
        var anonymous = get("/ical/termine/" + DemoMeetings.PUBLIC_EVENT_ID + ".ics");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("BEGIN:VCALENDAR");

        var partner = loggedIn(SignedIn.PARTNER);
        var download = get(partner, "/ical/termine/" + DemoMeetings.PARTNER_MEETING_ID + ".ics");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("austausch-mit-den-sprachkurstr"));
        assertThat(uids(events(download.body()))).containsExactly(PARTNER_MEETING);
        assertThat(download.body()).doesNotContain(INTERNAL_ITEM);
        assertThat(get(partner, "/ical/termine/" + DemoMeetings.INTERFACE_TALK_ID + ".ics").statusCode()).isEqualTo(404);
        assertThat(get(partner, "/ical/serien/" + DemoMeetings.SERIES_ID + ".ics").statusCode()).isEqualTo(404);

        var member = loggedIn(SignedIn.MEMBER);
        var series = get(member, "/ical/serien/" + DemoMeetings.SERIES_ID + ".ics");
        assertThat(series.statusCode()).isEqualTo(200);
        assertThat(events(series.body())).hasSize(10);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(http, path);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the login page's form, as the browser does, and keeps the session cookie. */
    private HttpClient loggedIn(String username) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = get(client, "/login");
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page (production build)").isTrue();
        var form = "username=" + encode(username) + "&password=" + encode("Passwort-123") + "&_csrf=" + encode(csrf.group(1));
        var login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(target ->
                assertThat(target).doesNotContain("error"));
        return client;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<VEvent> events(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text)).getComponents("VEVENT");
    }

    private static List<String> uids(List<VEvent> events) {
        return events.stream().map(event -> event.<Property>getProperty("UID").map(Property::getValue).orElseThrow()).toList();
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(event -> uids(List.of(event)).contains(uid)).findFirst().orElseThrow();
    }

    private static String description(List<VEvent> events, String uid) {
        return events.stream().filter(event -> uids(List.of(event)).contains(uid)).findFirst()
                .flatMap(event -> event.<Property>getProperty("DESCRIPTION")).map(Property::getValue).orElseThrow();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
