package de.arbeitsgruppe.portal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.account.PortalHttp;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalogue over real HTTP, as an anonymous visitor gets it: offers published through the
 * services (a partner submits, the office publishes), found by every filter and by words, paged,
 * exported, in Arabic, and never a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueWebIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FILLERS = 22;

    @LocalServerPort
    int port;
    @Autowired
    OfferManagement management;
    @Autowired
    Districts districts;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    CatalogueSnapshots snapshots;
    @Autowired
    MongoTemplate mongo;

    CatalogueSeed seed;
    String north;
    Offer cafe;
    Offer mothers;
    Offer literacy;
    Offer online;
    Offer counselling;
    Offer formulas;
    Offer script;
    Offer inReview;
    Offer changed;

    @BeforeAll
    void publishOffers() {
        seed = new CatalogueSeed(management, districts, catalogue);
        north = seed.district("Katalogtest-Nord");
        var south = seed.district("Katalogtest-Süd");

        var cafeDetails = seed.details(OfferKind.SPRACHCAFE_EHRENAMT, "Sprachcafé am Nachmittag", north);
        cafeDetails.setLevelFrom(CefrLevel.A1);
        cafeDetails.setLevelTo(CefrLevel.A2);
        cafeDetails.setFreeOfCharge(true);
        cafeDetails.setSchedule("Mi 15:00–17:00");
        cafeDetails.setRegistration("Einfach vorbeikommen.");
        cafeDetails.setContactName("Dora Caritas");
        cafeDetails.setContactPhone("05151 12345");
        cafeDetails.setContactEmail("sprachcafe@caritas.example");
        cafeDetails.setRegistrationUrl("https://caritas.example/sprachcafe");
        cafeDetails.setRegistrationDeadline(seed.today.plusDays(5));
        cafe = seed.published(cafeDetails, 5);

        var mothersDetails = seed.details(OfferKind.INTEGRATIONSKURS_ELTERN, "Deutsch für Mütter", south);
        mothersDetails.setLevelFrom(CefrLevel.A1);
        mothersDetails.setLevelTo(CefrLevel.B1);
        mothersDetails.setChildcare(true);
        mothersDetails.setWomenOnly(true);
        mothersDetails.setStart(seed.today.plusDays(40));
        mothersDetails.setEnd(seed.today.plusDays(200));
        mothers = seed.published(mothersDetails, 0);

        var literacyDetails = seed.details(OfferKind.INTEGRATIONSKURS_ALPHABETISIERUNG, "Alphabetisierung kompakt", north);
        literacyDetails.setLiteracy(true);
        literacyDetails.setContinuousEntry(true);
        literacyDetails.setStart(null);
        literacyDetails.setEnd(seed.today.plusDays(300));
        literacyDetails.setFormat(OfferFormat.HYBRID);
        literacy = seed.published(literacyDetails, 3);

        var onlineDetails = seed.details(OfferKind.BERUFSSPRACHKURS_BASIS, "Berufssprache online", null);
        onlineDetails.setLevelFrom(CefrLevel.B1);
        onlineDetails.setLevelTo(CefrLevel.B2);
        onlineDetails.setFormat(OfferFormat.ONLINE);
        onlineDetails.setStart(seed.today.plusDays(20));
        onlineDetails.setCapacity(25);
        online = seed.published(onlineDetails, 12);

        var counsellingDetails = seed.details(OfferKind.BERATUNG, "Bewerbungsberatung", south);
        counsellingDetails.setContinuousEntry(true);
        counsellingDetails.setStart(seed.today.minusDays(30));
        counsellingDetails.setEnd(null);
        counsellingDetails.setFreeOfCharge(true);
        counselling = seed.published(counsellingDetails, null);

        var formulaDetails = seed.details(OfferKind.SONSTIGES, "=HYPERLINK(\"http://boese.example\") Rechenkurs", north);
        formulaDetails.setSchedule("+49 Mo 9 Uhr");
        formulaDetails.setCosts("-5 Euro");
        formulaDetails.setContactName("@caritas");
        formulaDetails.setStart(seed.today.plusDays(70));
        formulas = seed.published(formulaDetails, 1);

        var scriptDetails = seed.details(OfferKind.SONSTIGES, "Kurs mit Skript", north);
        scriptDetails.setDescription("<script>alert('x')</script> Beschreibung mit Skript (" + seed.word + ")");
        scriptDetails.setStart(seed.today.plusDays(70));
        script = seed.published(scriptDetails, 1);

        for (int n = 1; n <= FILLERS; n++) {
            var filler = seed.details(OfferKind.SONSTIGES, "Lerntreff " + n, north);
            filler.setStart(seed.today.plusDays(60 + n));
            seed.published(filler, n % 4);
        }
        inReview = seed.submitted(seed.details(OfferKind.BERATUNG, "Noch in Prüfung", north), 2);
        var published = seed.published(seed.details(OfferKind.BERATUNG, "Sozialberatung alter Titel", north), 2);
        changed = seed.changed(published, "Sozialberatung neuer Titel");
    }

    @Test
    void findsTheOffersOfEachFilter() throws Exception {
        assertThat(titles("art=beratung")).containsExactlyInAnyOrder("Bewerbungsberatung", "Sozialberatung alter Titel");
        assertThat(titles("niveau=b1")).containsExactlyInAnyOrder("Deutsch für Mütter", "Berufssprache online");
        assertThat(titles("niveau=alpha")).containsExactly("Alphabetisierung kompakt");
        assertThat(titles("frauen=ja")).containsExactly("Deutsch für Mütter");
        assertThat(titles("kinderbetreuung=ja")).containsExactly("Deutsch für Mütter");
        assertThat(titles("format=online")).containsExactly("Berufssprache online");
        assertThat(titles("format=hybrid")).containsExactly("Alphabetisierung kompakt");
        assertThat(titles("kostenlos=ja")).containsExactlyInAnyOrder("Sprachcafé am Nachmittag", "Bewerbungsberatung");
        assertThat(titles("frei=ja&art=sprachcafe_ehrenamt&art=integrationskurs_eltern"))
                .containsExactly("Sprachcafé am Nachmittag");
        assertThat(titles("ort=" + north + "&art=integrationskurs_alphabetisierung&art=integrationskurs_eltern"))
                .containsExactly("Alphabetisierung kompakt");
        var from = seed.today.plusDays(30);
        var to = seed.today.plusDays(50);
        // courses with continuous entry can be begun on any day of the period, the others start in it
        assertThat(titles("von=" + from + "&bis=" + to)).containsExactlyInAnyOrder("Deutsch für Mütter",
                "Alphabetisierung kompakt", "Bewerbungsberatung");
    }

    @Test
    void searchFindsBeginningsOfWordsWhateverTheCaseAndUmlauts() throws Exception {
        // a word's beginning, not any part of it: "Berufssprache" does not begin with "sprach"
        assertThat(titles("", "sprach")).containsExactly("Sprachcafé am Nachmittag");
        assertThat(titles("", "MUTTER")).containsExactly("Deutsch für Mütter");
        assertThat(titles("", "muetter")).containsExactly("Deutsch für Mütter");
        assertThat(titles("", "NACHMITT sprachc")).containsExactly("Sprachcafé am Nachmittag");
    }

    @Test
    void countsTheOffersAndShowsTwentyPerPageWithLinksToTheOthers() throws Exception {
        var first = page("?suche=" + seed.word);
        var total = 8 + FILLERS;
        assertThat(first.selectFirst("h2#anzahl").text()).isEqualTo(total + " Angebote");
        assertThat(first.select(".cards > li")).hasSize(20);
        var second = first.select("nav.pages a").stream().filter(link -> link.text().equals("2")).findFirst().orElseThrow();
        assertThat(second.attr("href")).contains("suche=" + seed.word, "seite=2");

        var next = page(second.attr("href").replace("/katalog", ""));
        assertThat(next.select(".cards > li")).hasSize(total - 20);
        assertThat(next.selectFirst("nav.pages a[aria-current=page]").text()).isEqualTo("2");
    }

    @Test
    void sortsByFreePlacesMostFirst() throws Exception {
        var titles = titles("sortierung=free_places&art=sprachcafe_ehrenamt&art=berufssprachkurs_basis"
                + "&art=integrationskurs_eltern&art=integrationskurs_alphabetisierung");
        assertThat(titles).containsExactly("Berufssprache online", "Sprachcafé am Nachmittag", "Alphabetisierung kompakt",
                "Deutsch für Mütter");
    }

    @Test
    void anAddressWithNonsenseShowsTheWholeListInsteadOfAnError() throws Exception {
        var http = new PortalHttp(port);
        var nonsense = http.get("/katalog?art=xyz&niveau=Z9&von=gestern&seite=-3&frei=vielleicht&sprache=klingonisch&ort=gibt-es-nicht");
        var plain = http.get("/katalog");

        assertThat(nonsense.statusCode()).isEqualTo(200);
        assertThat(count(Jsoup.parse(nonsense.body()))).isEqualTo(count(Jsoup.parse(plain.body())));
        assertThat(Jsoup.parse(nonsense.body()).selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(Jsoup.parse(nonsense.body()).select("a[href=/login]")).as("the way into the portal").isNotEmpty();
    }

    @Test
    void anEmptyResultSaysSoAndOffersAWayBack() throws Exception {
        var document = page("?suche=" + seed.word + "&format=online&frauen=ja");

        assertThat(document.selectFirst("h2#anzahl").text()).isEqualTo("Keine Angebote");
        assertThat(document.selectFirst(".empty").text()).contains("Kein Angebot passt zu diesem Filter.");
        assertThat(document.select(".empty a").attr("href")).isEqualTo("/katalog");
    }

    @Test
    void theDetailPageShowsHowToRegister() throws Exception {
        var document = page("/" + cafe.getId());

        assertThat(document.selectFirst("h1").text()).isEqualTo("Sprachcafé am Nachmittag");
        var register = document.selectFirst("section.register");
        assertThat(register.selectFirst("h2").text()).isEqualTo("So melden Sie sich an");
        assertThat(register.text()).contains("Einfach vorbeikommen.", "Dora Caritas",
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(seed.today.plusDays(5)));
        assertThat(register.select("a").eachAttr("href")).containsExactly("tel:0515112345",
                "mailto:sprachcafe@caritas.example", "https://caritas.example/sprachcafe");
        assertThat(document.select(".badges li").eachText()).containsExactly("Kostenlos");
    }

    @Test
    void anOfferInReviewAndAnOfferOfAnotherGroupAreNotFound() throws Exception {
        var other = new Offer();
        other.setId("o-andere-gruppe-" + seed.word);
        other.setWorkingGroupId("ag-andere-gruppe");
        other.setProviderName("Anderswo e. V.");
        other.setDetails(seed.details(OfferKind.BERATUNG, "Angebot einer anderen Gruppe", north));
        mongo.insert(new CatalogueOffer(other, Instant.now()));
        var http = new PortalHttp(port);

        for (var id : List.of(inReview.getId(), other.getId(), "gibt-es-nicht")) {
            var answer = http.get("/katalog/" + id);
            assertThat(answer.statusCode()).as(id).isEqualTo(404);
            assertThat(Jsoup.parse(answer.body()).selectFirst("h1").text()).isEqualTo("Angebot nicht gefunden");
        }
        var arabic = http.get("/katalog/gibt-es-nicht?sprache=ar");
        assertThat(Jsoup.parse(arabic.body()).selectFirst("h1").text()).isEqualTo("لم يتم العثور على العرض");
    }

    @Test
    void aChangeInReviewLeavesThePublishedVersionInTheCatalogue() throws Exception {
        assertThat(titles("", "Sozialberatung")).containsExactly("Sozialberatung alter Titel");
        assertThat(titles("", "neuer")).isEmpty();
        assertThat(page("/" + changed.getId()).selectFirst("h1").text()).isEqualTo("Sozialberatung alter Titel");
    }

    @Test
    void anOfferNotConfirmedForFourWeeksIsMarkedAsPossiblyOutdated() throws Exception {
        var longAgo = Instant.now().minus(40, ChronoUnit.DAYS);
        mongo.updateFirst(new Query(Criteria.where("_id").is(online.getId())), new Update().set("updatedAt", longAgo),
                CatalogueOffer.class);
        snapshots.changed(online.getWorkingGroupId());
        var day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(longAgo.atZone(java.time.ZoneId.of("Europe/Berlin")));

        var card = page("?suche=" + seed.word + "&format=online").selectFirst(".card");
        assertThat(card.selectFirst(".stale").text()).isEqualTo("Angaben vom " + day + ", evtl. nicht aktuell");
    }

    @Test
    void theCsvExportNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws Exception {
        var answer = new PortalHttp(port).get("/katalog/export.csv?suche=Rechenkurs+" + seed.word);

        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(answer.body()).startsWith("\uFEFF");
        var rows = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(answer.body().substring(1))).getRecords();
        assertThat(rows.get(0).get(0)).isEqualTo("Titel");
        assertThat(rows).hasSize(2);
        var row = rows.get(1).toList();
        assertThat(row).contains("'=HYPERLINK(\"http://boese.example\") Rechenkurs", "'+49 Mo 9 Uhr", "'-5 Euro",
                "'@caritas");
        assertThat(row).noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0);
    }

    @Test
    void theJsonExportHoldsTheListWithEnglishFieldNames() throws Exception {
        var answer = new PortalHttp(port).get("/katalog/export.json?suche=" + seed.word + "&kostenlos=ja");

        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var json = JSON.readTree(answer.body());
        assertThat(json.get("count").asInt()).isEqualTo(2);
        var titles = new ArrayList<String>();
        json.get("offers").forEach(offer -> titles.add(offer.get("title").asString()));
        assertThat(titles).containsExactly("Bewerbungsberatung", "Sprachcafé am Nachmittag");
        var cafeJson = json.get("offers").get(1);
        assertThat(cafeJson.get("kind").asString()).isEqualTo("sprachcafe_ehrenamt");
        assertThat(cafeJson.get("levelFrom").asString()).isEqualTo("a1");
        assertThat(cafeJson.get("freePlaces").asInt()).isEqualTo(5);
        assertThat(cafeJson.get("freeOfCharge").asBoolean()).isTrue();
        assertThat(cafeJson.get("contact").get("email").asString()).isEqualTo("sprachcafe@caritas.example");
    }

    @Test
    void theArabicPageRunsRightToLeftWithArabicTextsAndKeepsTheLanguageInItsLinksAndForm() throws Exception {
        var document = page("?sprache=ar&suche=" + seed.word);

        assertThat(document.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(document.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(document.selectFirst("h1").text()).isEqualTo("دليل العروض");
        assertThat(document.selectFirst("form input[type=hidden][name=sprache]").val()).isEqualTo("ar");
        assertThat(document.select(".cards h3 a").eachAttr("href")).allMatch(href -> href.contains("sprache=ar"));
        assertThat(document.select(".cards h3 a").eachAttr("lang")).containsOnly("de");
        var german = document.select("nav.languages a").stream().filter(link -> link.text().equals("Deutsch")).findFirst()
                .orElseThrow();
        assertThat(german.attr("lang")).isEqualTo("de");
        assertThat(german.attr("href")).doesNotContain("sprache").contains("suche=" + seed.word);
        assertThat(document.select("nav.languages a").eachText()).containsExactly("Deutsch", "English", "العربية",
                "Українська", "فارسی");
    }

    @Test
    void scriptInADescriptionIsShownAsTextAndNeverRuns() throws Exception {
        var answer = new PortalHttp(port).get("/katalog/" + script.getId());
        var document = Jsoup.parse(answer.body());

        assertThat(document.select("script").eachAttr("type")).containsExactly("application/ld+json");
        assertThat(document.selectFirst("p.text").text()).startsWith("<script>alert('x')</script>");
        assertThat(answer.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    @Test
    void theDetailPageCarriesACourseForSearchEngines() throws Exception {
        var document = page("/" + mothers.getId());
        var data = JSON.readTree(document.selectFirst("script[type=application/ld+json]").data());

        assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(data.get("@type").asString()).isEqualTo("Course");
        assertThat(data.get("name").asString()).isEqualTo("Deutsch für Mütter");
        assertThat(data.get("description").asString()).contains(seed.word);
        assertThat(data.get("provider").get("name").asString()).isEqualTo("Caritasverband Musterstadt");
        assertThat(data.get("inLanguage").asString()).isEqualTo("de");
        JsonNode instance = data.get("hasCourseInstance").get(0);
        assertThat(instance.get("@type").asString()).isEqualTo("CourseInstance");
        assertThat(instance.get("courseMode").asString()).isEqualTo("onsite");
        assertThat(instance.get("startDate").asString()).isEqualTo(seed.today.plusDays(40).toString());
        assertThat(instance.get("location").get("@type").asString()).isEqualTo("Place");

        var scriptData = JSON.readTree(page("/" + script.getId()).selectFirst("script[type=application/ld+json]").data());
        assertThat(scriptData.get("description").asString()).startsWith("<script>alert('x')</script>");
        var free = JSON.readTree(page("/" + cafe.getId()).selectFirst("script[type=application/ld+json]").data());
        assertThat(free.get("offers").get(0).get("price").asInt()).isZero();
    }

    @Test
    void thePrintViewListsEveryOfferOfTheFilterWithTheFilterInWords() throws Exception {
        var document = page("/druck?suche=" + seed.word + "&ort=" + north);

        assertThat(document.select("form")).isEmpty();
        assertThat(document.select("tbody tr")).hasSize(5 + FILLERS).hasSizeGreaterThan(20);
        assertThat(document.selectFirst(".printed").text()).startsWith("Gedruckt am ");
        assertThat(document.selectFirst(".filter-words").text()).contains("Ort: Katalogtest-Nord", seed.word);
    }

    @Test
    void aVisitorGetsNoSessionCookieOnAnyPageOrFile() throws Exception {
        var http = new PortalHttp(port);
        for (var path : List.of("/katalog", "/katalog?sprache=fa", "/katalog/" + cafe.getId(), "/katalog/druck",
                "/katalog/export.csv", "/katalog/export.json", "/katalog/leichte-sprache", "/katalog/katalog.css",
                "/katalog/gibt-es-nicht")) {
            var answer = http.get(path);
            assertThat(answer.statusCode()).as(path).isIn(200, 404);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
    }

    @Test
    void thePagesStyleSheetIsServedAsCss() throws Exception {
        var answer = new PortalHttp(port).get("/katalog/katalog.css");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(answer.body()).contains("@page", "size: A4");
    }

    private List<String> titles(String query) throws Exception {
        return titles(query, seed.word);
    }

    /** The titles of the first page for the filter, among this run's offers only. */
    private List<String> titles(String query, String words) throws Exception {
        var search = URLEncoder.encode(words + " " + seed.word, StandardCharsets.UTF_8);
        var document = page("?suche=" + search + (query.isEmpty() ? "" : "&" + query));
        return document.select(".cards h3 a").eachText();
    }

    private Document page(String pathAndQuery) throws Exception {
        HttpResponse<String> answer = new PortalHttp(port).get("/katalog" + pathAndQuery);
        assertThat(answer.statusCode()).as(pathAndQuery).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    private static String count(Document document) {
        return document.selectFirst("h2#anzahl").text();
    }
}
