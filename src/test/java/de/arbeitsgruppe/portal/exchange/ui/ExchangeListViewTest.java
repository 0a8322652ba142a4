package de.arbeitsgruppe.portal.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.exchange.ExchangeExport;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.exchange.ExchangeSamples;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.exchange.ExchangeGaps;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class ExchangeListViewTest extends ViewTest {

    @Autowired
    ExchangeRegister register;
    @Autowired
    ExchangeExport export;

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void listsTheAgreementsWithAuthoritiesDirectionAndReviewDate() {
        var view = navigate("datenaustausch", ExchangeListView.class);

        assertThat(heading().getText()).isEqualTo("Datenaustausch");
        var text = textOf(view.list);
        assertThat(text).contains("Monatliche Übermittlung AsylbLG-Daten", "Kommune – Agentur für Arbeit",
                "Landkreis Musterstadt → Agentur für Arbeit Musterstadt", "Leistungsbezug AsylbLG", "Monatlich",
                "Einstellungsbescheid an das Jobcenter", "Landkreis Musterstadt → Jobcenter Musterstadt", "Anlassbezogen");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.create.isVisible()).as("staff enter their own organisation's agreements").isTrue();
        assertThat(view.csv.getText()).isEqualTo("Register als CSV herunterladen");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsAPairOfAuthoritiesWithoutAgreementAsAGapLikeTheInterfaceMatrix() {
        var view = navigate("datenaustausch", ExchangeListView.class);

        assertThat(view.gaps.missing.isVisible()).isTrue();
        assertThat(textOf(view.gaps.missing)).contains("Agentur für Arbeit – Jobcenter", "Agentur für Arbeit Musterstadt",
                "Jobcenter Musterstadt", "keine Vereinbarung");
        assertThat(textOf(view.gaps.missing)).doesNotContain("Kommune – Agentur für Arbeit");
        assertThat(view.gaps.none.isVisible()).isFalse();
        var enter = view.gaps.missing.getElement().getTextRecursively();
        assertThat(enter).contains("Vereinbarung erfassen");
        assertThat(findInView(com.vaadin.flow.component.html.Anchor.class).all()).anySatisfy(link -> {
            assertThat(link.getHref()).isEqualTo(
                    "datenaustausch/neu?a=org-agentur-musterstadt&b=org-jobcenter-musterstadt&schnittstelle=AGENTUR_JOBCENTER");
            assertThat(link.getElement().getAttribute("aria-label"))
                    .isEqualTo("Vereinbarung erfassen zwischen Agentur für Arbeit Musterstadt und Jobcenter Musterstadt");
        });
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void staffOfAThirdAuthorityAreOfferedTheEntryOnlyOfGapsOfTheirOwnAuthority() {
        var view = navigate("datenaustausch", ExchangeListView.class);

        view.gaps.show(new ExchangeGaps(List.of(
                ExchangeSamples.gap(ContactInterface.KOMMUNE_AGENTUR, ExchangeSamples.KOMMUNE, ExchangeSamples.AGENTUR),
                ExchangeSamples.gap(ContactInterface.AGENTUR_JOBCENTER, ExchangeSamples.AGENTUR, ExchangeSamples.JOBCENTER)),
                List.of()));

        assertThat(textOf(view.gaps.missing)).contains("Kommune – Agentur für Arbeit", "Landkreis Musterstadt");
        assertThat(findInView(Anchor.class).all()).map(Anchor::getHref).filteredOn(href -> href.startsWith("datenaustausch/neu"))
                .containsExactly("datenaustausch/neu?a=org-agentur-musterstadt&b=org-jobcenter-musterstadt&schnittstelle=AGENTUR_JOBCENTER");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void exportsTheRegisterAsCsvWithGermanHeadersAndTypedFormulasDefused() {
        var agreement = ExchangeSamples.agreement(unique("=HYPERLINK(\"http://böse.example\")"));
        register.create(agreement);
        var csv = new StringWriter();

        export.csv(csv);

        var lines = csv.toString().lines().toList();
        assertThat(lines.getFirst()).startsWith("\uFEFFBezeichnung;Schnittstelle;Behörde A;Behörde B;Datenkategorien;Richtung");
        assertThat(csv.toString()).contains("Monatliche Übermittlung AsylbLG-Daten", "Secure-Transport/OSCI",
                "vereinbarung-asylblg.pdf", "'=HYPERLINK").doesNotContain(";=HYPERLINK");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void aPartnerFindsTheRegisterClosed() {
        navigate("datenaustausch", ForbiddenView.class);
        navigate("datenaustausch/neu", ForbiddenView.class);
        navigate("datenaustausch/x-demo-asylblg-monatlich", ForbiddenView.class);
    }
}
