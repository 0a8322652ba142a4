package de.arbeitsgruppe.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class DirectoryViewTest extends ViewTest {

    static final int LAST_CONFIRMED = 6;

    @Autowired
    ContactDirectory directory;

    @Test
    void findsContactsByTopicWhateverTheSpellingOfUmlauts() {
        var view = navigate(DirectoryView.class);

        for (var spelling : List.of("Sprachförderung", "sprachforderung", "SPRACHFOERDERUNG")) {
            test(view.search).setValue(spelling);

            assertThat(names(view)).as(spelling).containsExactly("Clara Jobcenter", "Dora Caritas", "Julia Weber");
        }
    }

    @Test
    void findsContactsByTheNameOfTheirOrganisation() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("caritasverband");

        assertThat(names(view)).containsExactly("Dora Caritas");
        assertThat(view.list.getCellText(0, 2)).isEqualTo("Caritasverband Musterstadt");
    }

    @Test
    void findsContactsByTheirFunction() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("Integrationsfachkraft");

        assertThat(names(view)).containsExactly("Clara Jobcenter");
    }

    @Test
    void findsContactsByTheBeginningOfTheirName() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("muell");

        assertThat(names(view)).containsExactly("Sabine Müller");
    }

    @Test
    void filtersByInterface() {
        var view = navigate(DirectoryView.class);

        test(view.interfaceFilter).selectItem("Agentur für Arbeit – Jobcenter");

        assertThat(names(view)).containsExactlyInAnyOrder("Bernd Agentur", "Clara Jobcenter", "Julia Weber",
                "Postfach Schnittstelle Agentur");
    }

    @Test
    void combinesSearchAndInterfaceFilter() {
        var view = navigate(DirectoryView.class);

        test(view.interfaceFilter).selectItem("Kommune – Jobcenter");
        test(view.search).setValue("Leistung");

        assertThat(names(view)).containsExactlyInAnyOrder("Aylin Yılmaz", "Clara Jobcenter", "Kemal Özdemir",
                "Sabine Müller");
    }

    @Test
    void showsTheNumberOfEntriesFound() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("Müller");
        assertThat(view.resultCount.getText()).isEqualTo("1 Eintrag");

        test(view.search).setValue("Sprachförderung");
        assertThat(view.resultCount.getText()).isEqualTo("3 Einträge");
    }

    @Test
    void showsTheEmptyStateWhenNobodyMatches() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("Xylophonbau");

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("Niemand passt zu Suche und Filter.");
        assertThat(view.resultCount.getText()).isEqualTo("Keine Einträge");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsAPartnerThePartnerVisibleContactsButNoInternalOnes() {
        var view = navigate(DirectoryView.class);

        assertThat(names(view)).contains("Sabine Müller", "Julia Weber", "Clara Jobcenter", "Dora Caritas",
                "Postfach Integration Landkreis").doesNotContain("Kemal Özdemir", "Aylin Yılmaz");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void findsNoInternalContactForAPartnerEvenByName() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("Özdemir");

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.resultCount.getText()).isEqualTo("Keine Einträge");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void showsAMemberTheirOwnEntryBeforeConfirmingIt() {
        var view = navigate(DirectoryView.class);
        assertThat(view.confirmOwn.isVisible()).isTrue();
        assertThat(view.confirmOwn.getText()).isEqualTo("Meinen Eintrag bestätigen");
        var before = directory.find("c-agentur-schmidt").orElseThrow().getVersion();

        test(view.confirmOwn).click();

        assertThat(getCurrentView()).isInstanceOf(OwnEntryConfirmationView.class);
        assertThat(directory.find("c-agentur-schmidt").orElseThrow().getVersion()).isEqualTo(before);
    }

    @Test
    void doesNotOfferToConfirmAnOwnEntryToSomeoneWithoutOne() {
        var view = navigate(DirectoryView.class);

        assertThat(view.confirmOwn.isVisible()).isFalse();
    }

    @Test
    void flagsTheStaleEntryForTheCoordinator() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("Aylin");

        var badge = (Span) view.list.getCellComponent(0, LAST_CONFIRMED);
        assertThat(badge.getText()).isEqualTo(
                Formats.date(Formats.today().minusMonths(8)) + " – bitte bestätigen lassen");
        assertThat(badge.hasClassName("portal-flag")).isTrue();
    }

    @Test
    void doesNotFlagARecentlyConfirmedEntry() {
        var view = navigate(DirectoryView.class);

        test(view.search).setValue("Julia Weber");

        var badge = (Span) view.list.getCellComponent(0, LAST_CONFIRMED);
        assertThat(badge.getText()).doesNotContain("bitte bestätigen lassen");
        assertThat(badge.hasClassName("portal-flag")).isFalse();
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void showsAMemberNeitherTheConfirmationColumnNorTheNewEntryButton() {
        var view = navigate(DirectoryView.class);

        assertThat(view.list.getHeaders()).hasSize(6);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void offersTheCoordinatorANewEntryAndTheListAsVCard() {
        var view = navigate(DirectoryView.class);

        assertThat(view.create.isVisible()).isTrue();
        assertThat(view.exportList.getText()).isEqualTo("Liste als vCard herunterladen");
        assertThat(view.exportList.getHref()).isNotBlank();
        test(view.create).click();
        assertThat(getCurrentView()).isInstanceOf(ContactEditView.class);
    }

    @Test
    void linksEachEntryToItsDetailPage() {
        var view = navigate(DirectoryView.class);
        test(view.search).setValue("Müller");

        var link = (Anchor) view.list.getCellComponent(0, 0);

        assertThat(link.getText()).isEqualTo("Sabine Müller");
        assertThat(link.getHref()).isEqualTo("ansprechpartner/c-kommune-mueller");
    }

    @Test
    void offersPhoneNumbersAndEMailAddressesAsLinksAPhoneCanUse() {
        var view = navigate(DirectoryView.class);
        test(view.search).setValue("Julia Weber");

        var phone = (Anchor) view.list.getCellComponent(0, 3);
        var email = (Anchor) view.list.getCellComponent(0, 4);

        assertThat(phone.getHref()).isEqualTo("tel:" + phone.getText().replaceAll("[^0-9+]", "")).startsWith("tel:+49");
        assertThat(email.getHref()).isEqualTo("mailto:" + email.getText());
    }

    @Test
    void speaksEnglishWhenTheUserChoseEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        var view = navigate(DirectoryView.class);
        test(view.search).setValue("Sprachförderung");

        assertThat(heading().getText()).isEqualTo("Contacts");
        assertThat(view.resultCount.getText()).isEqualTo("3 entries");
        assertThat(view.list.getCellText(0, 5)).contains("Language support");
    }

    List<String> names(DirectoryView view) {
        return view.list.getItems().stream().map(Contact::getName).toList();
    }
}
