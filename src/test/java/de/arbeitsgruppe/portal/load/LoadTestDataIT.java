package de.arbeitsgruppe.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.PortalHttp;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferFilter;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.offer.OfferStatus;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The load test's data at a tiny scale (two working groups) in the in-memory database of a normal
 * context: what the simulation's users will meet is there and theirs to see, and nothing of the
 * other group. Its own context, so the seeded groups stay out of other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class LoadTestDataIT {

    private static final String OTHER = LoadIds.otherGroup(2);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OfferManagement offers;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    ProtocolManagement protocols;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    TaskManagement tasks;
    @Autowired
    ContactDirectory directory;

    /** The first call seeds; the marker makes every later one a no-op. */
    @BeforeEach
    void seed() {
        LoadTestData.seed(context, 2, LoadTestData.Scale.TINY);
    }

    @Test
    void loadAccountsOfEveryRoleLogInWithTheSharedPassword() throws Exception {
        for (var username : new String[] {LoadIds.member(1), LoadIds.office(2), LoadIds.partner(1), LoadIds.partner(4)}) {
            var login = new PortalHttp(port).loggedInAs(username);
            assertThat(login).as(username).isNotNull();
        }
    }

    @Test
    void partnerSeesExactlyTheTwoOffersOfItsOrganisationWithFreePlaces() {
        for (var partner : new String[] {LoadIds.partner(1), LoadIds.partner(2)}) {
            var own = SignedIn.as(partner, Role.PARTNER, () -> offers.ofMyOrganisation());
            assertThat(own).as(partner).extracting(Offer::getId)
                    .containsExactlyInAnyOrder(LoadIds.providerOffer(1, 1), LoadIds.providerOffer(1, 2));
            assertThat(own).allSatisfy(offer -> {
                assertThat(offer.getStatus()).isEqualTo(OfferStatus.PUBLISHED);
                assertThat(offer.getFreePlaces()).isPositive().isLessThan(offer.getDetails().getCapacity());
            });
        }
        var third = SignedIn.as(LoadIds.partner(3), Role.PARTNER, () -> offers.ofMyOrganisation());
        assertThat(third).extracting(Offer::getId)
                .containsExactlyInAnyOrder(LoadIds.providerOffer(2, 1), LoadIds.providerOffer(2, 2));
    }

    @Test
    void publicCatalogueListsThePublishedOffersOfTheServedGroupOnly() {
        var listed = SignedIn.asAnonymousVisitor(() -> catalogue.all(OfferFilter.NONE)).stream()
                .map(CatalogueOffer::getId).toList();
        var published = mongo.find(new Query(Criteria.where("workingGroupId").is("ag-musterstadt").and("listed").is(true)),
                Offer.class).stream().map(Offer::getId).toList();
        var waiting = mongo.find(new Query(Criteria.where("status").is(OfferStatus.IN_REVIEW).and("listed").is(false)),
                Offer.class).stream().map(Offer::getId).toList();

        assertThat(listed).contains(LoadIds.providerOffer(1, 1), LoadIds.providerOffer(2, 2))
                .anySatisfy(id -> assertThat(id).startsWith("last-bestand-angebot-"));
        assertThat(published).containsAll(listed);
        assertThat(listed).doesNotContainAnyElementsOf(waiting).noneMatch(id -> id.startsWith(OTHER));
        assertThat(waiting).isNotEmpty();
    }

    @Test
    void memberOpensApprovedMinutesWithNotesOnEveryItemAndDecisions() {
        var sheet = SignedIn.as(LoadIds.member(1), Role.MEMBER, () -> protocols.find(LoadIds.approvedMinutes(1)))
                .orElseThrow();

        assertThat(sheet.protocol().getState()).isEqualTo(ProtocolState.APPROVED);
        assertThat(sheet.meeting().getStart()).isBefore(Instant.now());
        assertThat(sheet.meeting().getAgenda()).hasSizeBetween(4, 8);
        assertThat(sheet.notes()).hasSameSizeAs(sheet.meeting().getAgenda());
        assertThat(sheet.decisions().values()).isNotEmpty().allSatisfy(list -> assertThat(list)
                .allSatisfy(decision -> assertThat(decision.getNumber()).isNotBlank()));
        assertThat(sheet.may().edit()).isFalse();
        for (int n = 1; n <= LoadTestData.Scale.TINY.minutesMeetings(); n++) {
            var id = LoadIds.approvedMinutes(n);
            var minutes = SignedIn.as(LoadIds.member(2), Role.MEMBER, () -> protocols.find(id))
                    .orElseThrow().protocol();
            assertThat(minutes.getState()).isEqualTo(ProtocolState.APPROVED);
            assertThat(minutes.getApprovedAt()).as("approved in a meeting held already").isBefore(Instant.now());
        }
    }

    @Test
    void officeUserFindsItsMeetingAheadWithAMinutesDraftItMayEdit() {
        for (int n = 1; n <= LoadTestData.Scale.TINY.office(); n++) {
            var office = LoadIds.office(n);
            var meeting = n;
            var sheet = SignedIn.as(office, Role.COORDINATOR, () -> protocols.find(LoadIds.officeMeeting(meeting)))
                    .orElseThrow();
            var days = ChronoUnit.DAYS.between(Formats.today(), sheet.meeting().localStart().toLocalDate());

            assertThat(sheet.meeting().getTitle()).isEqualTo("Lasttest-Sitzung " + n);
            assertThat(days).isEqualTo(14L + 3L * (n - 1));
            assertThat(sheet.meeting().getAgenda()).hasSize(4);
            assertThat(sheet.protocol().getState()).isEqualTo(ProtocolState.DRAFT);
            assertThat(sheet.notes()).hasSize(4);
            assertThat(sheet.may().edit()).as(office).isTrue();
        }
    }

    @Test
    void officeUserHasSixTasksOnTheBoardInDifferentColumns() {
        var statuses = SignedIn.as(LoadIds.office(1), Role.COORDINATOR, () -> IntStream.rangeClosed(1, 6)
                .mapToObj(k -> tasks.find(LoadIds.officeTask(1, k)).orElseThrow().getStatus()).toList());

        var ofItsMeeting = SignedIn.as(LoadIds.office(1), Role.COORDINATOR,
                () -> tasks.ofMeeting(LoadIds.officeMeeting(1)));

        assertThat(statuses).containsOnly(TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE)
                .contains(TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE);
        assertThat(ofItsMeeting).extracting(task -> task.getId())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 6).mapToObj(k -> LoadIds.officeTask(1, k)).toList());
    }

    @Test
    void memberOpensTheSeededContacts() {
        var contact = SignedIn.as(LoadIds.member(1), Role.MEMBER, () -> directory.find(LoadIds.contact(1)));

        assertThat(contact).hasValueSatisfying(found -> assertThat(found.getOrganisationName()).isNotBlank());
    }

    @Test
    void anotherGroupsRecordsStayInvisibleToTheServedGroup() {
        var records = java.util.Map.of("meetings", OTHER + "-termin-1", "protocols", OTHER + "-termin-1",
                "contacts", OTHER + "-kontakt-1", "offers", OTHER + "-bestand-angebot-1", "tasks",
                OTHER + "-bestand-aufgabe-1");
        records.forEach((collection, id) -> assertThat(mongo.findById(id, org.bson.Document.class, collection))
                .as("%s in %s", id, collection).isNotNull());

        SignedIn.as(LoadIds.office(1), Role.COORDINATOR, () -> {
            assertThat(meetings.find(OTHER + "-termin-1")).isEmpty();
            assertThat(protocols.find(OTHER + "-termin-1")).isEmpty();
            assertThat(directory.find(OTHER + "-kontakt-1")).isEmpty();
            assertThat(offers.find(OTHER + "-bestand-angebot-1")).isEmpty();
            assertThat(tasks.find(OTHER + "-bestand-aufgabe-1")).isEmpty();
        });
    }

    @Test
    void secondSeedFindsTheMarkerAndWritesNothing() {
        var before = mongo.getCollection("meetings").countDocuments();

        var summary = LoadTestData.seed(context, 2, LoadTestData.Scale.TINY);

        assertThat(summary.seededBefore()).isTrue();
        assertThat(mongo.getCollection("meetings").countDocuments()).isEqualTo(before);
    }
}
