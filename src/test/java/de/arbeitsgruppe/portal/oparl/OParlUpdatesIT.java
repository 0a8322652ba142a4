package de.arbeitsgruppe.portal.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.DemoMeetings;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * How a client keeps its copy up to date: a meeting withdrawn from the public answers as deleted and
 * appears so in the lists asked with {@code modified_since}, and only there; the filters narrow the
 * lists and stay in every link; {@code modified} moves when the public content changes, and only then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.oparl.base-url=" + OParlHttp.BASE, "portal.oparl.page-size=2", "portal.oparl.reconcile-start=PT1H"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OParlUpdatesIT {

    private static final String WITHDRAWN = DemoMeetings.ARCHIVE_ID_PREFIX + 3;
    private static final String UNCHANGED = DemoMeetings.ARCHIVE_ID_PREFIX + 4;
    private static final String MEETINGS = "body/ag-musterstadt/meetings";
    private static final String ITEMS = "body/ag-musterstadt/agenda-items";

    @LocalServerPort
    int port;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    OParlReconciler reconciler;
    @Autowired
    OParlStore store;
    @Autowired
    OParlPayloads payloads;
    @Autowired
    de.arbeitsgruppe.portal.organisation.OrganisationManagement organisations;
    @Autowired
    de.arbeitsgruppe.portal.protocol.PublicMinutes minutes;
    @Autowired
    de.arbeitsgruppe.portal.shared.PortalProperties portal;
    @Autowired
    java.time.Clock clock;

    OParlHttp http;

    @BeforeAll
    void publish() {
        http = new OParlHttp(port);
        reconciler.reconcileAll();
        OParlFixtures.setVisibility(meetings, UNCHANGED, Visibility.PUBLIC);
    }

    @Test
    void answersAMeetingMadeInternalAsDeletedAndListsItOnlyForModifiedSince() throws Exception {
        OParlFixtures.setVisibility(meetings, WITHDRAWN, Visibility.PUBLIC);
        var published = http.json(OParlHttp.url("meeting/" + WITHDRAWN));
        var item = published.get("agendaItem").get(0).get("id").asString();
        assertThat(ids(MEETINGS)).contains(OParlHttp.url("meeting/" + WITHDRAWN));
        var since = secondsNow();

        OParlFixtures.setVisibility(meetings, WITHDRAWN, Visibility.INTERNAL);

        var deleted = http.json(OParlHttp.url("meeting/" + WITHDRAWN));
        assertThat(fieldNames(deleted)).containsExactlyInAnyOrder("id", "type", "created", "modified", "deleted");
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("created")).isEqualTo(published.get("created"));
        assertThat(OParlJson.parseDateTime(deleted.get("modified").asString())).isAfterOrEqualTo(since);
        assertThat(http.json(item).get("deleted").asBoolean()).isTrue();
        assertThat(http.get(OParlHttp.url("file/" + WITHDRAWN + "-einladung/content")).statusCode()).isEqualTo(410);

        assertThat(ids(MEETINGS)).doesNotContain(OParlHttp.url("meeting/" + WITHDRAWN));
        assertThat(ids(ITEMS)).doesNotContain(item);
        var modifiedSince = "?modified_since=" + encode(OParlJson.dateTime(since));
        var changed = objects(MEETINGS + modifiedSince);
        assertThat(changed).anySatisfy(meeting -> {
            assertThat(meeting.get("id").asString()).isEqualTo(OParlHttp.url("meeting/" + WITHDRAWN));
            assertThat(meeting.get("deleted").asBoolean()).isTrue();
        });
        assertThat(ids(ITEMS + modifiedSince)).contains(item);
    }

    @Test
    void narrowsTheListsByModifiedSinceAndUntil() throws Exception {
        Thread.sleep(1100);
        var before = secondsNow();
        Thread.sleep(1100);
        OParlFixtures.change(meetings, OParlFixtures.PUBLIC_EVENT_ID, meeting -> meeting.setPlace("IHK Musterstadt, Saal 2"));

        var since = ids(MEETINGS + "?modified_since=" + encode(OParlJson.dateTime(before)));
        assertThat(since).contains(OParlHttp.url("meeting/" + OParlFixtures.PUBLIC_EVENT_ID))
                .doesNotContain(OParlHttp.url("meeting/" + UNCHANGED));
        var until = ids(MEETINGS + "?modified_until=" + encode(OParlJson.dateTime(before)));
        assertThat(until).contains(OParlHttp.url("meeting/" + UNCHANGED))
                .doesNotContain(OParlHttp.url("meeting/" + OParlFixtures.PUBLIC_EVENT_ID));
        var location = http.json(OParlHttp.url("location/" + OParlFixtures.PUBLIC_EVENT_ID));
        assertThat(location.get("description").asString()).isEqualTo("IHK Musterstadt, Saal 2");
        assertThat(OParlJson.parseDateTime(location.get("modified").asString())).isAfter(before);
    }

    @Test
    void keepsAnItemMadeInternalAsDeletedAndChangesItsMeeting() throws Exception {
        var before = http.json(OParlHttp.url("meeting/" + OParlFixtures.PUBLIC_EVENT_ID));
        var last = before.get("agendaItem").get(before.get("agendaItem").size() - 1);
        Thread.sleep(1100);

        OParlFixtures.change(meetings, OParlFixtures.PUBLIC_EVENT_ID,
                meeting -> meeting.getAgenda().getLast().setPublicItem(false));

        var after = http.json(OParlHttp.url("meeting/" + OParlFixtures.PUBLIC_EVENT_ID));
        assertThat(after.get("agendaItem").valueStream().map(item -> item.get("id").asString()))
                .doesNotContain(last.get("id").asString());
        assertThat(OParlJson.parseDateTime(after.get("modified").asString()))
                .isAfter(OParlJson.parseDateTime(before.get("modified").asString()));
        var item = http.json(last.get("id").asString());
        assertThat(item.get("deleted").asBoolean()).isTrue();
        assertThat(item.get("created")).isEqualTo(last.get("created"));
        assertThat(item.has("name")).isFalse();
        OParlFixtures.change(meetings, OParlFixtures.PUBLIC_EVENT_ID,
                meeting -> meeting.getAgenda().getLast().setPublicItem(true));
        assertThat(http.json(last.get("id").asString()).has("deleted")).isFalse();
    }

    @Test
    void narrowsTheListsByCreatedSinceAndUntil() {
        var future = encode(OParlJson.dateTime(Instant.now().plusSeconds(3600)));
        var past = encode("2000-01-01T00:00:00+01:00");
        assertThat(ids(MEETINGS + "?created_since=" + future)).isEmpty();
        assertThat(ids(MEETINGS + "?created_until=" + past)).isEmpty();
        assertThat(ids(MEETINGS + "?created_since=" + past + "&created_until=" + future))
                .contains(OParlHttp.url("meeting/" + OParlFixtures.PUBLIC_EVENT_ID));
    }

    @Test
    void carriesTheFiltersIntoEveryLinkOfEveryPage() {
        var filter = "created_since=" + encode("2000-01-01T00:00:00+01:00") + "&omit_internal=true";
        var url = OParlHttp.url(ITEMS + "?" + filter);
        var pages = 0;
        while (url != null) {
            var page = http.json(url);
            pages++;
            var links = page.get("links");
            assertThat(links.get("self").asString()).isEqualTo(url);
            for (String name : List.of("first", "prev", "self", "next")) {
                if (links.has(name)) {
                    assertThat(links.get(name).asString()).as(name).contains(filter);
                }
            }
            url = links.path("next").asString(null);
        }
        assertThat(pages).isGreaterThan(1);
        var meeting = http.json(OParlHttp.url(MEETINGS + "?omit_internal=true")).get("data").get(0);
        assertThat(meeting.has("agendaItem")).isFalse();
    }

    @Test
    void refusesMalformedFilterValuesWith400() {
        for (String query : List.of("created_since=2026-01-01", "modified_until=morgen", "omit_internal=ja", "page=0")) {
            var answer = http.get(OParlHttp.url(MEETINGS + "?" + query));
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(OParlHttp.JSON.readTree(answer.body()).get("type").asString())
                    .isEqualTo(OParlAnswers.ERROR_TYPE);
        }
    }

    @Test
    void keepsModifiedWhenNothingPublicChanged() {
        var before = http.json(OParlHttp.url("meeting/" + UNCHANGED));
        OParlFixtures.change(meetings, UNCHANGED, meeting -> {
            var agenda = new ArrayList<>(meeting.getAgenda());
            agenda.add(new AgendaItem("Vertrauliche Personalfrage", 10));
            meeting.setAgenda(agenda);
        });
        reconciler.reconcileAll();
        var after = http.json(OParlHttp.url("meeting/" + UNCHANGED));
        assertThat(after).isEqualTo(before);
        assertThat(after.toString()).doesNotContain("Vertrauliche Personalfrage");
    }

    /**
     * The approved minutes keep which items were public when they were approved; an item the office has
     * made internal since leaves the meeting's items and must leave the public minutes as well.
     */
    @Test
    void leavesAnItemMadeInternalAfterTheApprovalOutOfThePublicMinutes() throws Exception {
        var minutes = OParlHttp.url("file/" + UNCHANGED + "-protokoll/download");
        var topic = http.json(OParlHttp.url("meeting/" + UNCHANGED)).get("agendaItem").get(0).get("name").asString();
        assertThat(pdfText(minutes)).contains(topic);
        var before = modified(OParlHttp.url("file/" + UNCHANGED + "-protokoll"));
        Thread.sleep(1100);

        OParlFixtures.change(meetings, UNCHANGED, meeting -> meeting.getAgenda().stream()
                .filter(item -> item.getTitle().equals(topic)).forEach(item -> item.setPublicItem(false)));
        try {
            assertThat(http.json(OParlHttp.url("meeting/" + UNCHANGED)).has("agendaItem")).isFalse();
            assertThat(pdfText(minutes)).doesNotContain(topic);
            // a client that keeps the file learns from modified that it must fetch it anew
            assertThat(modified(OParlHttp.url("file/" + UNCHANGED + "-protokoll"))).isAfter(before);
        } finally {
            OParlFixtures.change(meetings, UNCHANGED, meeting -> meeting.getAgenda().stream()
                    .filter(item -> item.getTitle().equals(topic)).forEach(item -> item.setPublicItem(true)));
        }
    }

    /**
     * A full run reads the public meetings 500 at a time and then works through them for seconds; a
     * meeting the office makes internal meanwhile is withdrawn at once by its event, and the run must
     * not publish it again from what it read before.
     */
    @Test
    void keepsAMeetingMadeInternalDuringAFullRunWithdrawn() {
        var meetingId = DemoMeetings.ARCHIVE_ID_PREFIX + 2;
        OParlFixtures.setVisibility(meetings, meetingId, Visibility.PUBLIC);
        var readBefore = meetings.publicMeeting(meetingId).orElseThrow();
        assertThat(http.json(OParlHttp.url("meeting/" + meetingId)).has("deleted")).isFalse();
        // the run's first read of the public meetings was made before the office's change
        var runningMeetings = org.mockito.Mockito.mock(MeetingManagement.class);
        org.mockito.Mockito.when(runningMeetings.publicMeetings(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.anyInt())).thenAnswer(call -> {
                    var page = new ArrayList<>(meetings.publicMeetings(call.getArgument(0), call.getArgument(1)));
                    if (call.getArgument(0) == null) {
                        page.add(readBefore);
                        page.sort(java.util.Comparator.comparing(de.arbeitsgruppe.portal.meeting.Meeting::getId));
                    }
                    return page;
                });
        org.mockito.Mockito.when(runningMeetings.publicMeeting(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> meetings.publicMeeting(call.getArgument(0)));
        var run = new OParlReconciler(store, payloads, runningMeetings, organisations, minutes, portal, clock);

        OParlFixtures.setVisibility(meetings, meetingId, Visibility.INTERNAL);
        run.reconcileAll();

        var answer = http.json(OParlHttp.url("meeting/" + meetingId));
        assertThat(answer.path("deleted").asBoolean()).isTrue();
        assertThat(answer.has("name")).isFalse();
    }

    /** The other way round: a meeting made public after the run read its page stays published. */
    @Test
    void keepsAMeetingMadePublicDuringAFullRunPublished() {
        var meetingId = DemoMeetings.ARCHIVE_ID_PREFIX + 1;
        var readBefore = meetings.publicMeetings(null, 500);
        assertThat(readBefore).noneMatch(meeting -> meeting.getId().equals(meetingId));
        var runningMeetings = org.mockito.Mockito.mock(MeetingManagement.class);
        org.mockito.Mockito.when(runningMeetings.publicMeetings(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.anyInt())).thenAnswer(call -> call.getArgument(0) == null ? readBefore
                        : List.of());
        org.mockito.Mockito.when(runningMeetings.publicMeeting(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> meetings.publicMeeting(call.getArgument(0)));
        var run = new OParlReconciler(store, payloads, runningMeetings, organisations, minutes, portal, clock);

        OParlFixtures.setVisibility(meetings, meetingId, Visibility.PUBLIC);
        try {
            run.reconcileAll();

            var answer = http.json(OParlHttp.url("meeting/" + meetingId));
            assertThat(answer.has("deleted")).isFalse();
            assertThat(answer.get("name").asString()).isNotBlank();
        } finally {
            OParlFixtures.setVisibility(meetings, meetingId, Visibility.INTERNAL);
        }
    }

    @Test
    void changesTheInvitationFileWhenThePlaceItNamesChanges() throws Exception {
        var invitation = OParlHttp.url("file/" + OParlFixtures.PUBLIC_EVENT_ID + "-einladung");
        var before = modified(invitation);
        Thread.sleep(1100);

        OParlFixtures.change(meetings, OParlFixtures.PUBLIC_EVENT_ID,
                meeting -> meeting.setPlace("Kreishaus Musterstadt, Foyer " + before.getEpochSecond()));

        assertThat(new String(http.get(invitation + "/content").body(), StandardCharsets.UTF_8))
                .contains("Kreishaus Musterstadt, Foyer " + before.getEpochSecond());
        assertThat(modified(invitation)).isAfter(before);
    }

    private Instant modified(String url) {
        return OParlJson.parseDateTime(http.json(url).get("modified").asString());
    }

    private String pdfText(String url) throws java.io.IOException {
        var answer = http.get(url);
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(answer.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private List<String> ids(String path) {
        return objects(path).stream().map(object -> object.get("id").asString()).toList();
    }

    /** Every object of a list, through all its pages. */
    private List<JsonNode> objects(String path) {
        var found = new ArrayList<JsonNode>();
        for (String url = OParlHttp.url(path); url != null; ) {
            var page = http.json(url);
            page.get("data").forEach(found::add);
            url = page.path("links").path("next").asString(null);
        }
        return found;
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.properties().forEach(field -> names.add(field.getKey()));
        return names;
    }

    private static Instant secondsNow() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
