package de.arbeitsgruppe.portal.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeChannel;
import de.arbeitsgruppe.portal.exchange.ExchangeDirection;
import de.arbeitsgruppe.portal.exchange.ExchangeFrequency;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.exchange.ExchangeSamples;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.context.support.WithMockUser;

class ExchangeEditViewTest extends ViewTest {

    @Autowired
    ExchangeRegister register;
    @Autowired
    MongoTemplate mongo;

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void theOfficeEntersANewAgreementAndSeesItsPage() {
        var title = unique("Übermittlung Abschlüsse");
        var view = navigate("datenaustausch/neu", ExchangeEditView.class);
        assertThat(heading().getText()).isEqualTo("Neue Vereinbarung zum Datenaustausch");
        assertThat(view.form.dataCategories.getHelperText()).contains("niemals die Daten selbst");

        fillIn(view, title);
        view.form.addCategory("Anerkennungsbescheide");
        test(view.save).click();

        assertThat(notifications()).contains("Vereinbarung gespeichert.");
        assertThat(getCurrentView()).isInstanceOf(ExchangeDetailView.class);
        assertThat(heading().getText()).isEqualTo(title);
        assertThat(titled(title)).singleElement().satisfies(saved -> {
            assertThat(saved.getOrganisationAName()).isEqualTo("Landkreis Musterstadt");
            assertThat(saved.getOrganisationBName()).isEqualTo("Jobcenter Musterstadt");
            assertThat(saved.getDataCategories()).containsExactlyInAnyOrder("Aufenthaltsstatus", "Anerkennungsbescheide");
            assertThat(saved.getContactIds()).containsExactly("c-jobcenter-clara");
        });
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void offersOnlyTheAuthoritiesOnEachSideOfTheChosenInterface() {
        var view = navigate("datenaustausch/neu", ExchangeEditView.class);

        view.form.contactInterface.setValue(ContactInterface.AGENTUR_JOBCENTER);

        assertThat(view.form.organisationA.getListDataView().getItems().map(OrganisationSummary::name).toList())
                .containsExactly("Agentur für Arbeit Musterstadt");
        assertThat(view.form.organisationB.getListDataView().getItems().map(OrganisationSummary::name).toList())
                .containsExactly("Jobcenter Musterstadt");
        assertThat(view.form.organisationB.getHelperText()).isEqualTo("Ein Jobcenter");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void aGapsLinkOpensTheFormWithTheInterfaceAndBothAuthoritiesFilledIn() {
        UI.getCurrent().navigate(ExchangeTexts.NEW_ROUTE, QueryParameters.fromString(
                "a=org-agentur-musterstadt&b=org-jobcenter-musterstadt&schnittstelle=AGENTUR_JOBCENTER"));
        var view = (ExchangeEditView) getCurrentView();

        assertThat(view.form.contactInterface.getValue()).isEqualTo(ContactInterface.AGENTUR_JOBCENTER);
        assertThat(view.form.organisationA.getValue().name()).isEqualTo("Agentur für Arbeit Musterstadt");
        assertThat(view.form.organisationB.getValue().name()).isEqualTo("Jobcenter Musterstadt");
        assertThat(view.form.title.getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void aReviewBeforeTheStartIsNamedNextToTheReviewDateAndNothingIsSaved() {
        var title = unique("Rückwärts");
        var view = navigate("datenaustausch/neu", ExchangeEditView.class);
        fillIn(view, title);

        view.form.nextReview.setValue(view.form.start.getValue().minusDays(1));
        test(view.save).click();

        assertThat(view.form.nextReview.isInvalid()).isTrue();
        assertThat(view.form.nextReview.getErrorMessage()).isEqualTo("Die Überprüfung kann nicht vor dem Beginn liegen.");
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(titled(title)).isEmpty();
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void anotherChannelAsksForItsDescriptionAndNoCategoryIsNamedNextToTheCategories() {
        var title = unique("Sonstiger Weg");
        var view = navigate("datenaustausch/neu", ExchangeEditView.class);
        fillIn(view, title);
        assertThat(view.form.channelOther.isVisible()).isFalse();

        view.form.channel.setValue(ExchangeChannel.OTHER);
        view.form.dataCategories.clear();
        test(view.save).click();

        assertThat(view.form.channelOther.isVisible()).isTrue();
        assertThat(view.form.channelOther.getErrorMessage()).isEqualTo("Bitte den Übermittlungsweg beschreiben.");
        assertThat(view.form.dataCategories.getErrorMessage()).isEqualTo("Bitte mindestens eine Datenkategorie nennen.");
        assertThat(titled(title)).isEmpty();
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void staffOfAThirdAuthorityFindTheEditAddressOfAnotherPairsAgreementForbidden() {
        navigate("datenaustausch/x-demo-asylblg-monatlich/bearbeiten", ForbiddenView.class);
        navigate("datenaustausch/gibt-es-nicht/bearbeiten", NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aChangeSavedMeanwhileByOthersIsAConflictAndTheTypedTextStays() {
        var saved = register.create(ExchangeSamples.agreement(unique("Gleichzeitig")));
        var view = navigate("datenaustausch/" + saved.getId() + "/bearbeiten", ExchangeEditView.class);
        var other = register.find(saved.getId()).orElseThrow();
        other.setFrequency(ExchangeFrequency.WEEKLY);
        register.update(other);

        view.form.purpose.setValue("Meine Ergänzung");
        test(view.save).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Jemand anderes hat diese Vereinbarung"));
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.purpose.getValue()).isEqualTo("Meine Ergänzung");
        assertThat(register.find(saved.getId()).orElseThrow().getFrequency()).isEqualTo(ExchangeFrequency.WEEKLY);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aChangeKeepsTheAgreementsContactsEvenWhenTheDirectoryHoldsManyPartnerEntries() {
        var agreement = ExchangeSamples.agreement(unique("Großes Verzeichnis"));
        agreement.setContactIds(List.of("c-agentur-schmidt"));
        var saved = register.create(agreement);
        var marker = unique("viele-partner").replace(' ', '-');
        // more partner entries than one page of the directory, all sorted before the authorities' entries
        mongo.insert(IntStream.range(0, 600).mapToObj(i -> new Document("_id", marker + "-" + i)
                .append("workingGroupId", "ag-musterstadt").append("kind", "PERSON").append("name", "0000 Ehrenamt " + i)
                .append("sortName", String.format("0000 ehrenamt %03d", i)).append("organisationId", "org-caritas-musterstadt")
                .append("visibility", "INTERNAL")).toList(), "contacts");
        try {
            var view = navigate("datenaustausch/" + saved.getId() + "/bearbeiten", ExchangeEditView.class);
            assertThat(view.form.contacts.getValue()).extracting(Contact::getName).containsExactly("Bernd Agentur");

            view.form.purpose.setValue("Beratung durch die Agentur, ergänzt");
            test(view.save).click();

            assertThat(notifications()).contains("Vereinbarung gespeichert.");
            assertThat(register.find(saved.getId()).orElseThrow().getContactIds()).containsExactly("c-agentur-schmidt");
        } finally {
            mongo.remove(new Query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(marker))), "contacts");
        }
    }

    private void fillIn(ExchangeEditView view, String title) {
        var form = view.form;
        form.title.setValue(title);
        form.contactInterface.setValue(ContactInterface.KOMMUNE_JOBCENTER);
        form.organisationA.setValue(byName(form.organisationA.getListDataView().getItems().toList(), "Landkreis Musterstadt"));
        form.organisationB.setValue(byName(form.organisationB.getListDataView().getItems().toList(), "Jobcenter Musterstadt"));
        form.dataCategories.setValue(Set.of("Aufenthaltsstatus"));
        form.direction.setValue(ExchangeDirection.A_TO_B);
        form.purpose.setValue("Übergang ins SGB II");
        form.legalBasis.setValue("§ 69 SGB X");
        form.channel.setValue(ExchangeChannel.ENCRYPTED_MAIL);
        form.frequency.setValue(ExchangeFrequency.ON_OCCASION);
        form.contacts.setValue(Set.copyOf(form.contacts.getListDataView().getItems()
                .filter(contact -> contact.getId().equals("c-jobcenter-clara")).toList()));
        form.start.setValue(Formats.today().minusDays(3));
        form.nextReview.setValue(Formats.today().plusMonths(6));
    }

    private static OrganisationSummary byName(List<OrganisationSummary> choices, String name) {
        return choices.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private List<ExchangeAgreement> titled(String title) {
        return register.list().stream().filter(a -> title.equals(a.getTitle())).toList();
    }
}
