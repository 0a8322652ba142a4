package de.arbeitsgruppe.portal.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.DemoMeetings;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.protocol.ProtocolVersion;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A client's walk through the whole interface on the demo data, with one held session and its
 * approved minutes made public: from the system through every list page, every object and every
 * embedded object at its own address, and every file. Each answer is checked against the OParl 1.1
 * schemas and the rules of the specification, and against the demo data's internals, which must not
 * appear anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.oparl.base-url=" + OParlHttp.BASE, "portal.oparl.page-size=2", "portal.oparl.reconcile-start=PT1H"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OParlCrawlIT {

    /** A held session with approved minutes, decisions on its public topic and internal standard items. */
    static final String SESSION = DemoMeetings.ARCHIVE_ID_PREFIX + 5;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    @LocalServerPort
    int port;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    OParlReconciler reconciler;
    @Autowired
    MongoTemplate mongo;

    OParlHttp http;
    final OParlSchemas schemas = new OParlSchemas();
    /** Every JSON answer of the crawl by the address fetched. */
    final Map<String, JsonNode> answers = new LinkedHashMap<>();
    final Map<String, HttpResponse<byte[]>> raw = new LinkedHashMap<>();
    final Map<String, HttpResponse<byte[]>> files = new LinkedHashMap<>();
    /** Embedded objects by their id, to compare with what their own address answers. */
    final Map<String, JsonNode> embedded = new LinkedHashMap<>();

    @BeforeAll
    void crawl() {
        http = new OParlHttp(port);
        OParlFixtures.setVisibility(meetings, SESSION, Visibility.PUBLIC);
        reconciler.reconcileAll();
        var queue = new ArrayDeque<String>(List.of(OParlHttp.url("system")));
        var seen = new HashSet<String>(queue);
        while (!queue.isEmpty()) {
            var url = queue.poll();
            var response = http.get(url);
            raw.put(url, response);
            if (url.endsWith("/content") || url.endsWith("/download")) {
                files.put(url, response);
                continue;
            }
            var answer = OParlHttp.JSON.readTree(response.body());
            answers.put(url, answer);
            for (String link : links(answer)) {
                if (seen.add(link)) {
                    queue.add(link);
                }
            }
        }
    }

    @Test
    void reachesEveryKindOfObjectTheDemoPublishesFromTheSystemAlone() {
        var types = answers.values().stream().flatMap(answer -> answer.has("data")
                        ? answer.get("data").valueStream() : java.util.stream.Stream.of(answer))
                .map(node -> node.path("type").asString("")).collect(java.util.stream.Collectors.toSet());
        assertThat(types).contains(OParlType.SYSTEM.uri(), OParlType.BODY.uri(), OParlType.ORGANIZATION.uri(),
                OParlType.MEETING.uri(), OParlType.AGENDA_ITEM.uri(), OParlType.FILE.uri(), OParlType.LOCATION.uri());
        assertThat(answers).containsKeys(OParlHttp.url("meeting/" + SESSION),
                OParlHttp.url("meeting/" + OParlFixtures.PUBLIC_EVENT_ID), OParlHttp.url("body/ag-musterstadt/persons"));
        assertThat(files).containsKeys(OParlHttp.url("file/" + SESSION + "-protokoll/content"),
                OParlHttp.url("file/" + SESSION + "-protokoll/download"));
    }

    @Test
    void answersEveryAddressWith200JsonCorsAndNoCookie() {
        assertThat(raw).allSatisfy((url, response) -> {
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(url).hasValue("*");
            assertThat(response.headers().allValues("Set-Cookie")).as(url).isEmpty();
        });
        assertThat(answers.keySet()).allSatisfy(url -> assertThat(raw.get(url).headers().firstValue("Content-Type"))
                .as(url).hasValueSatisfying(type -> assertThat(type).startsWith("application/json")));
    }

    @Test
    void findsEveryAnswerValidAgainstTheOParlSchemasAndRules() {
        var problems = new ArrayList<String>();
        answers.forEach((url, answer) -> {
            if (answer.has("data")) {
                answer.get("data").forEach(object -> problems.addAll(schemas.check(object, url + " data")));
                problems.addAll(listProblems(url, answer));
            } else {
                problems.addAll(schemas.check(answer, url));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void givesEveryObjectTheIdItWasFetchedAtUnderTheConfiguredBase() {
        answers.forEach((url, answer) -> {
            if (!answer.has("data")) {
                assertThat(answer.get("id").asString()).isEqualTo(url);
            }
        });
        assertThat(links(answers.get(OParlHttp.url("meeting/" + SESSION))))
                .allSatisfy(link -> assertThat(link).startsWith(OParlHttp.BASE + "/oparl/v1/"));
    }

    @Test
    void answersEveryEmbeddedObjectAtItsOwnIdAsEmbeddedWithItsBackReferences() {
        assertThat(embedded).isNotEmpty();
        embedded.forEach((id, object) -> assertThat(withoutBackReferences(answers.get(id))).as(id)
                .isEqualTo(withoutBackReferences(object)));
    }

    /**
     * The specification: a File's {@code meeting} and a Location's {@code meetings} are given "nur dann
     * ..., wenn das ...-Objekt nicht als eingebettetes Objekt aufgerufen wird".
     */
    @Test
    void leavesTheBackReferencesOutOfEmbeddedFilesAndPlacesAndGivesThemAtTheirOwnAddress() {
        var session = answers.get(OParlHttp.url("meeting/" + SESSION));
        var embeddedFiles = List.of(session.get("invitation"), session.get("resultsProtocol"));
        assertThat(embeddedFiles).allSatisfy(file -> {
            assertThat(file.has("meeting")).as(file.get("id").asString()).isFalse();
            assertThat(answers.get(file.get("id").asString()).get("meeting").get(0).asString())
                    .isEqualTo(OParlHttp.url("meeting/" + SESSION));
        });
        var location = session.get("location");
        assertThat(location.has("meetings")).isFalse();
        assertThat(answers.get(location.get("id").asString()).get("meetings").get(0).asString())
                .isEqualTo(OParlHttp.url("meeting/" + SESSION));
    }

    /** The specification: {@code order} is the item's place in {@code Meeting.agendaItem}, counted from 0. */
    @Test
    void givesEveryAgendaItemItsPlaceInItsMeetingCountedFromZeroAsOrder() {
        var meetingAnswers = answers.values().stream()
                .filter(answer -> OParlType.MEETING.uri().equals(answer.path("type").asString(""))).toList();
        assertThat(meetingAnswers).isNotEmpty();
        assertThat(answers.get(OParlHttp.url("meeting/" + SESSION)).get("agendaItem").get(0).get("order").asInt())
                .isZero();
        meetingAnswers.forEach(meeting -> {
            var items = meeting.path("agendaItem");
            for (int i = 0; i < items.size(); i++) {
                assertThat(items.get(i).get("order").asInt()).as(items.get(i).get("id").asString()).isEqualTo(i);
                assertThat(answers.get(items.get(i).get("id").asString()).get("order").asInt()).isEqualTo(i);
            }
        });
    }

    @Test
    void namesNeitherTheInternalMeetingThatApprovedTheMinutesNorItsDateInThePublicPdf() throws Exception {
        var stored = mongo.findById(SESSION + "/v1", ProtocolVersion.class);
        var approvedIn = stored.getContent().approvedIn();
        assertThat(approvedIn).isNotBlank();
        assertThat(answers).doesNotContainKey(OParlHttp.url("meeting/" + DemoMeetings.ARCHIVE_ID_PREFIX + 6));
        assertThat(pdfText(files.get(OParlHttp.url("file/" + SESSION + "-protokoll/download")).body()))
                .contains(stored.getContent().header().meetingTitle())
                .doesNotContain(approvedIn);
    }

    @Test
    void ignoresTheHostHeaderOfTheRequestForIds() throws Exception {
        var answer = http.withHost("/oparl/v1/system", "angreifer.example:666");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"id\":\"" + OParlHttp.BASE + "/oparl/v1/system\"")
                .doesNotContain("angreifer.example");
    }

    @Test
    void pagesEveryListWithWorkingNextLinksAndNoObjectTwice() {
        var meetingsList = OParlHttp.url("body/ag-musterstadt/meetings");
        var ids = new ArrayList<String>();
        for (String url = meetingsList; url != null; ) {
            var page = answers.get(url);
            assertThat(page).as(url).isNotNull();
            page.get("data").forEach(object -> ids.add(object.get("id").asString()));
            url = page.path("links").path("next").asString(null);
        }
        assertThat(ids).doesNotHaveDuplicates()
                .contains(OParlHttp.url("meeting/" + SESSION), OParlHttp.url("meeting/" + OParlFixtures.PUBLIC_EVENT_ID));
    }

    @Test
    void showsNothingInternalPartnerOnlyOrPersonalAnywhereInTheCrawl() {
        var forbidden = forbiddenTexts();
        assertThat(forbidden).contains("Genehmigung des Protokolls der letzten Sitzung", "Anna Koordination",
                "Austausch mit den Sprachkursträgern");
        var everything = new StringBuilder();
        answers.forEach((url, answer) -> everything.append(url).append('\n').append(answer).append('\n'));
        files.forEach((url, file) -> {
            if (url.endsWith(".html") || file.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                everything.append(new String(file.body(), StandardCharsets.UTF_8));
            }
        });
        var text = everything.toString();
        assertThat(forbidden.stream().filter(text::contains).toList()).isEmpty();
        assertThat(EMAIL.matcher(text).find()).as("an e-mail address in the crawl").isFalse();
    }

    @Test
    void publishesTheApprovedMinutesAsPdfWithTheDecisionsButNoInternalItemOrPerson() throws Exception {
        var pdf = files.get(OParlHttp.url("file/" + SESSION + "-protokoll/download"));
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("protokoll-"));
        assertThat(files.get(OParlHttp.url("file/" + SESSION + "-protokoll/content")).headers()
                .firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                        assertThat(disposition).doesNotContain("attachment"));
        String text = pdfText(pdf.body());
        var session = answers.get(OParlHttp.url("meeting/" + SESSION));
        var topic = session.get("agendaItem").get(0);
        assertThat(topic.get("result").asString()).isNotBlank();
        assertThat(text).contains(topic.get("name").asString());
        assertThat(forbiddenTexts().stream().filter(text::contains).toList()).isEmpty();
        assertThat(text).doesNotContain("Personalengpass");
    }

    @Test
    void answersUnknownAddressesAndMalformedFiltersWithAnOParlErrorObjectAndLeadsTheRootToTheSystem() {
        var unknown = http.get(OParlHttp.url("meeting/gibt-es-nicht"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(OParlHttp.JSON.readTree(unknown.body()).get("type").asString())
                .isEqualTo("https://schema.oparl.org/1.1/Error");
        var root = http.get(OParlHttp.BASE + "/oparl/v1");
        assertThat(root.statusCode()).isEqualTo(301);
        assertThat(root.headers().firstValue("Location")).hasValue(OParlHttp.url("system"));
        var nowhere = http.get(OParlHttp.url("nirgendwo/ueberhaupt"));
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        var malformed = http.get(OParlHttp.url("body/ag-musterstadt/meetings?modified_since=gestern"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        var error = OParlHttp.JSON.readTree(malformed.body());
        assertThat(error.get("type").asString()).isEqualTo("https://schema.oparl.org/1.1/Error");
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.get("debug").asString()).contains("modified_since");
        assertThat(malformed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    /** Texts of the demo data that must never be published: internal meetings and items, partners, persons, addresses. */
    private Set<String> forbiddenTexts() {
        var all = mongo.findAll(Meeting.class);
        var publicTitles = new HashSet<String>();
        all.stream().filter(meeting -> meeting.getVisibility() == Visibility.PUBLIC).forEach(meeting -> {
            publicTitles.add(meeting.getTitle());
            meeting.getAgenda().stream().filter(AgendaItem::isPublicItem).forEach(item -> publicTitles.add(item.getTitle()));
        });
        var forbidden = new HashSet<String>();
        for (Meeting meeting : all) {
            if (meeting.getVisibility() != Visibility.PUBLIC) {
                forbidden.add("/meeting/" + meeting.getId() + "\"");
                forbidden.add(meeting.getTitle());
            }
            meeting.getAgenda().stream().filter(item -> !item.isPublicItem())
                    .forEach(item -> {
                        forbidden.add(item.getTitle());
                        forbidden.add(item.getId());
                    });
            add(forbidden, meeting.getOrganiserName());
            add(forbidden, meeting.getOnlineLink());
            meeting.getInvitedContactIds().forEach(id -> add(forbidden, id));
            meeting.getGuests().forEach(guest -> add(forbidden, guest.getName()));
        }
        for (ProtocolVersion version : mongo.findAll(ProtocolVersion.class)) {
            var content = version.getContent();
            add(forbidden, content.header().chair());
            add(forbidden, content.header().minuteTaker());
            content.attendance().present().forEach(name -> add(forbidden, name));
            content.items().forEach(item -> item.tasks().forEach(task -> add(forbidden, task.owner())));
        }
        for (Organisation organisation : mongo.findAll(Organisation.class)) {
            if (organisation.getMembership() == Membership.PARTNER) {
                forbidden.add(organisation.getName());
            } else {
                // the member authorities are published as organisations; a task given to one names it
                publicTitles.add(organisation.getName());
            }
        }
        forbidden.removeAll(publicTitles);
        return forbidden;
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** An object without the back-references the specification gives only at the object's own address. */
    private static JsonNode withoutBackReferences(JsonNode object) {
        var copy = (tools.jackson.databind.node.ObjectNode) object.deepCopy();
        var type = copy.path("type").asString("");
        if (type.equals(OParlType.FILE.uri())) {
            copy.remove(List.of("meeting", "agendaItem", "paper"));
        } else if (type.equals(OParlType.LOCATION.uri())) {
            copy.remove(List.of("bodies", "organizations", "persons", "meetings", "papers"));
        }
        return copy;
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    private List<String> listProblems(String url, JsonNode page) {
        var problems = new ArrayList<String>();
        var links = page.path("links");
        if (!page.has("pagination") || !links.isObject()) {
            problems.add(url + ": a list page without pagination or links");
        }
        if (!url.equals(links.path("self").asString(""))) {
            problems.add(url + ": links.self is " + links.path("self"));
        }
        if (page.get("data").size() > page.path("pagination").path("elementsPerPage").asInt()) {
            problems.add(url + ": more objects than elementsPerPage");
        }
        return problems;
    }

    /**
     * Every address of the interface an answer names: ids, lists, next pages, files. Embedded objects
     * are noted to compare with their own answer.
     */
    private List<String> links(JsonNode node) {
        var found = new ArrayList<String>();
        collect(node, found, 0);
        return found;
    }

    private void collect(JsonNode node, List<String> found, int depth) {
        if (node.isObject()) {
            if (depth > 0 && node.has("id") && node.has("type") && !node.has("data")) {
                embedded.putIfAbsent(node.get("id").asString(), node);
            }
            for (var field : node.properties()) {
                if (field.getKey().equals("id") && depth == 0) {
                    continue;
                }
                collect(field.getValue(), found, depth + 1);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, found, depth + 1));
        } else if (node.isString() && node.asString().startsWith(OParlHttp.BASE)) {
            found.add(node.asString());
        }
    }
}
