package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferFilter;
import de.arbeitsgruppe.portal.offer.OfferStatus;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    List<ApplicationRunner> seeders;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    Districts districts;

    @Test
    void seedsTheFiveDemoAccountsOfTheReadme() {
        var usernames = mongo.findAll(Document.class, "accounts").stream().map(d -> d.getString("username")).toList();
        assertThat(usernames).contains("erik.admin", "anna.koordination", "bernd.agentur", "clara.jobcenter",
                "dora.caritas");
    }

    @Test
    void seedsNothingTwiceWhenStartedAgain() throws Exception {
        long accounts = mongo.getCollection("accounts").countDocuments();
        long organisations = mongo.getCollection("organisations").countDocuments();
        long contacts = mongo.getCollection("contacts").countDocuments();
        long offers = mongo.getCollection("offers").countDocuments();
        long catalogue = mongo.getCollection("catalogue").countDocuments();
        long sentReports = mongo.getCollection("sentReports").countDocuments();
        for (ApplicationRunner seeder : seeders) {
            seeder.run(new DefaultApplicationArguments());
        }
        assertThat(mongo.getCollection("accounts").countDocuments()).isEqualTo(accounts);
        assertThat(mongo.getCollection("organisations").countDocuments()).isEqualTo(organisations);
        assertThat(mongo.getCollection("contacts").countDocuments()).isEqualTo(contacts);
        assertThat(mongo.getCollection("offers").countDocuments()).isEqualTo(offers);
        assertThat(mongo.getCollection("catalogue").countDocuments()).isEqualTo(catalogue);
        assertThat(mongo.getCollection("sentReports").countDocuments()).isEqualTo(sentReports);
    }

    @Test
    void namesALeadershipContactPerAuthorityAndKeepsTheReportOfTheLastQuarterAsSent() {
        var settings = mongo.findById("ag-musterstadt", Document.class, "reportSettings");
        assertThat(settings).isNotNull();
        assertThat(settings.getList("leadershipContacts", Document.class)).extracting(contact -> contact.getString("organisationId"))
                .containsExactlyInAnyOrder("org-landkreis-musterstadt", "org-agentur-musterstadt", "org-jobcenter-musterstadt");
        var lastQuarter = de.arbeitsgruppe.portal.report.ReportPeriod.quarterBefore(de.arbeitsgruppe.portal.shared.Formats.today());
        var sent = mongo.findById("ag-musterstadt." + lastQuarter.key() + ".all.1", Document.class, "sentReports");
        assertThat(sent).isNotNull();
        assertThat(sent.getString("scopeName")).isEqualTo("Gesamte Arbeitsgruppe");
        assertThat(sent.getList("recipients", String.class)).hasSize(3);
    }

    @Test
    void seedsAboutThirtyOffersOfSeveralProvidersInEveryStateTheReviewShows() {
        var demo = mongo.find(new Query(Criteria.where("_id").regex("^o-demo-")), Offer.class);

        assertThat(demo).hasSizeGreaterThanOrEqualTo(30);
        assertThat(demo).extracting(Offer::getProviderName).contains("Caritasverband Musterstadt",
                "Volkshochschule Musterstadt", "Sprachschule Musterstadt gGmbH", "Willkommensinitiative Musterstadt",
                "Diakonisches Werk Musterstadt");
        assertThat(demo).filteredOn(offer -> offer.getStatus() == OfferStatus.RETURNED).singleElement()
                .satisfies(offer -> {
                    assertThat(offer.getProviderOrganisationId()).isEqualTo("org-caritas-musterstadt");
                    assertThat(offer.getReturnReason()).contains("Kosten");
                });
        assertThat(demo).filteredOn(offer -> offer.getStatus() == OfferStatus.IN_REVIEW).hasSize(1);
        assertThat(demo).filteredOn(offer -> offer.getFreePlaces() != null && offer.getFreePlaces() > 0)
                .hasSizeGreaterThan(10);
        assertThat(demo.stream().map(offer -> offer.getDetails().getDistrictId()).distinct()).as("across districts")
                .hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void publishesTheDemoOffersSoTheCatalogueShowsThemWithOneMarkedAsPossiblyOutdated() {
        var today = catalogue.today();
        var listed = catalogue.all(OfferFilter.NONE);

        assertThat(listed).filteredOn(offer -> offer.getId().startsWith("o-demo-")).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(offer -> assertThat(offer.getDetails().isOverOn(today)).isFalse());
        assertThat(listed.stream().map(offer -> offer.getDetails().getKind()).distinct()).as("across kinds")
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(listed).filteredOn(offer -> offer.getId().startsWith("o-demo-"))
                .filteredOn(offer -> offer.staleSince(today) != null).extracting(CatalogueOffer::getId)
                .containsExactly("o-demo-21");
        assertThat(catalogue.find("o-demo-20")).as("the returned one was never published").isEmpty();
    }

    @Test
    void seedsTheDistrictsOfTheDemoTown() {
        assertThat(districts.current().getDistricts()).extracting(District::getName).hasSizeBetween(8, 10)
                .contains("Musterstadt-Mitte", "Waldheim");
    }
}
