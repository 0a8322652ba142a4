package de.arbeitsgruppe.portal.exchange;

import static de.arbeitsgruppe.portal.exchange.ExchangeSamples.AGENTUR;
import static de.arbeitsgruppe.portal.exchange.ExchangeSamples.JOBCENTER;
import static de.arbeitsgruppe.portal.exchange.ExchangeSamples.KOMMUNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The register's rules, who may read and change which agreement, the signed PDF and the gaps. */
@SpringBootTest
@ActiveProfiles("test")
class ExchangeManagementIT {

    @Autowired
    ExchangeRegister register;
    @Autowired
    SignedAgreements signed;
    @Autowired
    ExchangeExport export;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OrganisationManagement organisations;

    @Test
    void theOfficeEntersAnAgreementWhichTheRegisterListsWithTheNamesOfBothAuthorities() {
        var title = title("Monatliche Meldung");
        var saved = asCoordinator(() -> register.create(ExchangeSamples.agreement(title)));

        assertThat(saved.getWorkingGroupId()).isEqualTo("ag-musterstadt");
        assertThat(asMember(SignedIn.MEMBER, () -> register.list())).filteredOn(a -> a.getTitle().equals(title))
                .singleElement().satisfies(listed -> {
                    assertThat(listed.getOrganisationAName()).isEqualTo("Landkreis Musterstadt");
                    assertThat(listed.getOrganisationBName()).isEqualTo("Agentur für Arbeit Musterstadt");
                    assertThat(listed.getDataCategories()).containsExactly("Aufenthaltsstatus", "Schul- und Berufsabschlüsse");
                });
    }

    @Test
    void refusesAReviewDateBeforeTheStartAndNamesTheField() {
        assertRefused(agreement -> agreement.setNextReview(agreement.getStart().minusDays(1)),
                "nextReview", "exchange.validation.reviewBeforeStart");
    }

    @Test
    void refusesAnAuthorityThatDoesNotStandOnItsSideOfTheInterface() {
        assertRefused(agreement -> agreement.setOrganisationBId(JOBCENTER), "organisationBId", "exchange.validation.organisationSide");
        assertRefused(agreement -> agreement.setOrganisationAId(AGENTUR), "organisationAId", "exchange.validation.organisationSide");
        assertRefused(agreement -> agreement.setOrganisationBId("org-caritas-musterstadt"),
                "organisationBId", "exchange.validation.organisationSide");
    }

    @Test
    void refusesAnAgreementWithoutADataCategory() {
        assertRefused(agreement -> agreement.setDataCategories(List.of(" ", "")), "dataCategories", "exchange.validation.categories");
    }

    @Test
    void refusesAnotherChannelWithoutItsDescriptionAndAContactTheDirectoryDoesNotKnow() {
        assertRefused(agreement -> agreement.setChannel(ExchangeChannel.OTHER), "channelOther", "exchange.validation.channelOther");
        assertRefused(agreement -> agreement.setContactIds(List.of("c-gibt-es-nicht")), "contactIds", "exchange.validation.contact");
    }

    @Test
    void staffOfAnAuthorityEnterAgreementsOfTheirOwnOrganisationOnly() {
        var own = asMember(SignedIn.MEMBER, () -> register.create(ExchangeSamples.agreement(title("Agentur"))));
        assertThat(own.getOrganisationBId()).isEqualTo(AGENTUR);

        var foreign = ExchangeSamples.agreement(title("Fremd"));
        assertThatThrownBy(() -> asMember("clara.jobcenter", () -> register.create(foreign)))
                .isInstanceOfSatisfying(ExchangeRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("exchange.validation.ownOrganisation"));
        assertThat(titles()).doesNotContain(foreign.getTitle());
    }

    @Test
    void staffOfAThirdAuthorityReadAnAgreementButDoNotChangeIt() {
        var saved = asCoordinator(() -> register.create(ExchangeSamples.agreement(title("Kommune und Agentur"))));

        var read = asMember("clara.jobcenter", () -> register.find(saved.getId())).orElseThrow();
        assertThat(asMember("clara.jobcenter", () -> register.mayEdit(read))).isFalse();
        read.setPurpose("vom Jobcenter geändert");
        assertThatThrownBy(() -> asMember("clara.jobcenter", () -> register.update(read))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMember("clara.jobcenter", () -> signed.attach(saved.getId(), saved.getVersion(), "x.pdf",
                ExchangeSamples.pdf("x")))).isInstanceOf(AccessDeniedException.class);
        assertThat(stored(saved).getPurpose()).isEqualTo("Beratung durch die Agentur");

        var mine = asMember(SignedIn.MEMBER, () -> register.find(saved.getId())).orElseThrow();
        mine.setPurpose("von der Agentur ergänzt");
        asMember(SignedIn.MEMBER, () -> register.update(mine));
        assertThat(stored(saved).getPurpose()).isEqualTo("von der Agentur ergänzt");
    }

    @Test
    void aPartnerIsRefusedEveryPartOfTheRegister() {
        var saved = asCoordinator(() -> register.create(ExchangeSamples.agreement(title("Intern"))));

        assertThatThrownBy(() -> asPartner(() -> register.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> register.find(saved.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> register.gaps())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> register.create(ExchangeSamples.agreement(title("Partner")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> signed.download(saved.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> {
            export.csv(new StringWriter());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAgreementOfAnotherWorkingGroupIsNotFoundByItsGuessedId() {
        var other = ExchangeSamples.agreement(title("Anderswo"));
        other.setWorkingGroupId("ag-anderswo");
        other.setOrganisationAName("Landkreis Anderswo");
        mongo.save(other);
        var guessed = ExchangeSamples.agreement("Geraten");
        guessed.setId(other.getId());
        guessed.setVersion(other.getVersion());

        assertThat(asCoordinator(() -> register.find(other.getId()))).isEmpty();
        assertThat(asCoordinator(() -> register.list())).extracting(ExchangeAgreement::getId).doesNotContain(other.getId());
        assertThatThrownBy(() -> asCoordinator(() -> register.update(guessed))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> signed.attach(other.getId(), other.getVersion(), "x.pdf",
                ExchangeSamples.pdf("x")))).isInstanceOf(AccessDeniedException.class);
        assertThat(asCoordinator(() -> signed.download(other.getId()))).isEmpty();
        assertThat(mongo.findById(other.getId(), ExchangeAgreement.class).getTitle()).isEqualTo(other.getTitle());
    }

    @Test
    void aSaveOfAnOlderVersionIsAConflictAndKeepsTheOtherPersonsChange() {
        var saved = asCoordinator(() -> register.create(ExchangeSamples.agreement(title("Zweimal geöffnet"))));
        var first = asCoordinator(() -> register.find(saved.getId())).orElseThrow();
        var second = asMember(SignedIn.MEMBER, () -> register.find(saved.getId())).orElseThrow();
        first.setFrequency(ExchangeFrequency.WEEKLY);
        asCoordinator(() -> register.update(first));

        second.setFrequency(ExchangeFrequency.QUARTERLY);
        assertThatThrownBy(() -> asMember(SignedIn.MEMBER, () -> register.update(second))).isInstanceOf(ConflictException.class);
        assertThat(stored(saved).getFrequency()).isEqualTo(ExchangeFrequency.WEEKLY);
        assertThatThrownBy(() -> asMember(SignedIn.MEMBER, () -> signed.attach(saved.getId(), saved.getVersion(), "alt.pdf",
                ExchangeSamples.pdf("alt")))).isInstanceOf(ConflictException.class);
        assertThat(stored(saved).getSignedDocument()).isNull();
    }

    @Test
    void keepsAnUploadedPdfApartFromTheAgreementAndHandsItToStaffWhoMaySeeIt() {
        var saved = asCoordinator(() -> register.create(ExchangeSamples.agreement(title("Mit PDF"))));
        var pdf = ExchangeSamples.pdf("Unterschrieben");

        var attached = asMember(SignedIn.MEMBER, () -> signed.attach(saved.getId(), saved.getVersion(), "C:\\Scans\\vereinbarung", pdf));

        assertThat(attached.getSignedDocument().getFileName()).isEqualTo("vereinbarung.pdf");
        assertThat(attached.getSignedDocument().getSize()).isEqualTo(pdf.length);
        assertThat(attached.getSignedDocument().getUploadedBy()).isEqualTo(SignedIn.MEMBER);
        var download = asMember("clara.jobcenter", () -> signed.download(saved.getId())).orElseThrow();
        assertThat(download.fileName()).isEqualTo("vereinbarung.pdf");
        assertThat(download.content()).isEqualTo(pdf);
        // the register's document holds no bytes, so reading the list never reads the PDFs
        var raw = mongo.findById(saved.getId(), Document.class, "exchangeAgreements");
        assertThat(raw.toJson()).doesNotContain("binary", "$binary");
        assertThat(raw.values()).noneMatch(value -> value instanceof Binary);
    }

    @Test
    void refusesAFileThatIsNoPdfWhateverItIsCalledAndOneOverTheLimit() {
        var saved = asCoordinator(() -> register.create(ExchangeSamples.agreement(title("Falsche Datei"))));

        assertUploadRefused(saved, "Bitte lesen".getBytes(), "exchange.validation.notPdf");
        assertUploadRefused(saved, "%PDF-1.7 nur der Anfang".getBytes(), "exchange.validation.notPdf");
        assertUploadRefused(saved, new byte[0], "exchange.validation.pdfEmpty");
        var tooLarge = Arrays.copyOf(ExchangeSamples.pdf("Groß"), SignedAgreements.MAX_BYTES + 1);
        assertUploadRefused(saved, tooLarge, "exchange.validation.pdfTooLarge");
        assertThat(stored(saved).getSignedDocument()).isNull();
        assertThat(asCoordinator(() -> signed.download(saved.getId()))).isEmpty();
    }

    @Test
    void showsAPairOfAuthoritiesWithoutAgreementAsAGapUntilOneIsEnteredAndReviewsPastTheirDate() {
        var before = asCoordinator(() -> register.gaps());
        assertThat(before.missing()).anySatisfy(gap -> {
            assertThat(gap.contactInterface()).isEqualTo(ContactInterface.AGENTUR_JOBCENTER);
            assertThat(gap.first().id()).isEqualTo(AGENTUR);
            assertThat(gap.second().id()).isEqualTo(JOBCENTER);
        });
        assertThat(before.missing()).noneMatch(gap -> gap.contactInterface() == ContactInterface.KOMMUNE_AGENTUR
                && gap.first().id().equals(KOMMUNE) && gap.second().id().equals(AGENTUR));

        var late = ExchangeSamples.agreement(title("Agentur und Jobcenter"));
        late.setContactInterface(ContactInterface.AGENTUR_JOBCENTER);
        late.setOrganisationAId(AGENTUR);
        late.setOrganisationBId(JOBCENTER);
        late.setStart(Formats.today().minusYears(1));
        late.setNextReview(Formats.today().minusDays(1));
        var saved = asCoordinator(() -> register.create(late));

        var after = asCoordinator(() -> register.gaps());
        assertThat(after.missing()).noneMatch(gap -> gap.contactInterface() == ContactInterface.AGENTUR_JOBCENTER);
        assertThat(after.reviewOverdue()).extracting(ExchangeAgreement::getId).contains(saved.getId());
    }

    @Test
    void offersTheEntryOfAMissingAgreementToTheOfficeAndBothAuthoritiesButNotToAThird() {
        var gap = ExchangeSamples.gap(ContactInterface.KOMMUNE_AGENTUR, KOMMUNE, AGENTUR);

        assertThat(asCoordinator(() -> register.mayEnter(gap))).isTrue();
        assertThat(asMember(SignedIn.MEMBER, () -> register.mayEnter(gap))).as("staff of the Agentur").isTrue();
        assertThat(asMember("clara.jobcenter", () -> register.mayEnter(gap))).as("staff of the Jobcenter").isFalse();
        assertThatThrownBy(() -> asPartner(() -> register.mayEnter(gap))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRenamedAuthorityIsListedUnderItsNewNameInTheRegisterAndItsExport() {
        var saved = asCoordinator(() -> register.create(ExchangeSamples.agreement(title("Umbenennung"))));
        try {
            rename(KOMMUNE, "Landkreis Neustadt");

            assertThat(asMember(SignedIn.MEMBER, () -> register.find(saved.getId())).orElseThrow().getOrganisationAName())
                    .isEqualTo("Landkreis Neustadt");
            var csv = new StringWriter();
            asCoordinator(() -> {
                export.csv(csv);
                return null;
            });
            assertThat(csv.toString().lines().filter(line -> line.contains(saved.getTitle())))
                    .singleElement().asString().contains("Landkreis Neustadt").doesNotContain("Landkreis Musterstadt");
        } finally {
            rename(KOMMUNE, "Landkreis Musterstadt");
        }
        assertThat(stored(saved).getOrganisationAName()).isEqualTo("Landkreis Musterstadt");
    }

    private void rename(String organisationId, String name) {
        asCoordinator(() -> {
            var organisation = organisations.find(organisationId).orElseThrow();
            organisation.setName(name);
            return organisations.update(organisation);
        });
    }

    private void assertRefused(Consumer<ExchangeAgreement> breakRule, String field, String key) {
        var agreement = ExchangeSamples.agreement(title("Regel"));
        breakRule.accept(agreement);
        assertThatThrownBy(() -> asCoordinator(() -> register.create(agreement)))
                .isInstanceOfSatisfying(ExchangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
        assertThat(titles()).doesNotContain(agreement.getTitle());
    }

    private void assertUploadRefused(ExchangeAgreement agreement, byte[] content, String key) {
        assertThatThrownBy(() -> asCoordinator(() -> signed.attach(agreement.getId(), agreement.getVersion(), "vertrag.pdf", content)))
                .isInstanceOfSatisfying(ExchangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("signedDocument");
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }

    private List<String> titles() {
        return asCoordinator(() -> register.list()).stream().map(ExchangeAgreement::getTitle).toList();
    }

    private ExchangeAgreement stored(ExchangeAgreement agreement) {
        return mongo.findById(agreement.getId(), ExchangeAgreement.class);
    }

    private static String title(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    static <T> T asMember(String username, Supplier<T> action) {
        return SignedIn.as(username, Role.MEMBER, action);
    }

    static <T> T asPartner(Supplier<T> action) {
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, action);
    }
}
