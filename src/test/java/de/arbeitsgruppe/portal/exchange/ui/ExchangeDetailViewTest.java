package de.arbeitsgruppe.portal.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.exchange.ExchangeSamples;
import de.arbeitsgruppe.portal.exchange.SignedAgreements;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import org.mockito.Mockito;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class ExchangeDetailViewTest extends ViewTest {

    @Autowired
    ExchangeRegister register;

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void showsWhatWasAgreedAndTheSignedPdfButNoUploadToStaffOfAThirdAuthority() {
        var view = navigate("datenaustausch/x-demo-asylblg-monatlich", ExchangeDetailView.class);

        assertThat(heading().getText()).isEqualTo("Monatliche Übermittlung AsylbLG-Daten");
        assertThat(textOf(view.facts)).contains("Datenkategorien", "Grunddaten: Name, Geburtsdatum, Anschrift, Herkunftsland",
                "Leistungsbezug AsylbLG", "Secure-Transport/OSCI", "Monatlich", "Sabine Müller",
                "Landkreis Musterstadt → Agentur für Arbeit Musterstadt");
        assertThat(view.signedState.getText()).startsWith("vereinbarung-asylblg.pdf");
        assertThat(view.download.isVisible()).isTrue();
        assertThat(view.download.getText()).isEqualTo("PDF herunterladen");
        assertThat(view.upload.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aPartyUploadsTheSignedPdfAndThePageNamesIt() {
        var saved = register.create(ExchangeSamples.agreement(unique("Zum Unterschreiben")));
        var view = navigate("datenaustausch/" + saved.getId(), ExchangeDetailView.class);
        assertThat(view.signedState.getText()).isEqualTo("Noch keine unterschriebene Vereinbarung hinterlegt.");
        assertThat(view.download.isVisible()).isFalse();
        assertThat(view.upload.isVisible()).isTrue();
        assertThat(view.upload.upload.getI18n().getAddFiles().getOne()).isEqualTo("PDF auswählen …");
        assertThat(view.upload.upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(view.upload.upload.getAcceptedFileTypes()).contains("application/pdf", ".pdf");
        assertThat(textOf(view.upload)).contains("Nur PDF-Dateien, höchstens 10 MB.");

        view.attach("unterschrieben.pdf", ExchangeSamples.pdf("Unterschrieben"));

        assertThat(notifications()).contains("Unterschriebene Vereinbarung gespeichert.");
        assertThat(view.signedState.getText()).startsWith("unterschrieben.pdf (");
        assertThat(view.download.isVisible()).isTrue();
        assertThat(view.upload.message.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aFileThatIsNoPdfIsRefusedNextToTheUpload() {
        var saved = register.create(ExchangeSamples.agreement(unique("Falsches Format")));
        var view = navigate("datenaustausch/" + saved.getId(), ExchangeDetailView.class);

        view.attach("vertrag.pdf", "Das ist ein Text.".getBytes());

        assertThat(view.upload.message.isVisible()).isTrue();
        assertThat(view.upload.message.getText()).isEqualTo("Bitte eine PDF-Datei hochladen: Diese Datei ist kein lesbares PDF.");
        assertThat(view.upload.message.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.download.isVisible()).isFalse();
        assertThat(register.find(saved.getId()).orElseThrow().getSignedDocument()).isNull();
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void theUploadReadsNoMoreThanOneByteOverTheLimitAndSaysTheFileIsTooLarge() throws Exception {
        var saved = register.create(ExchangeSamples.agreement(unique("Zu groß")));
        var view = navigate("datenaustausch/" + saved.getId(), ExchangeDetailView.class);
        var body = new java.io.ByteArrayInputStream(new byte[SignedAgreements.MAX_BYTES + 4096]);
        var part = Mockito.mock(Part.class);
        Mockito.when(part.getInputStream()).thenReturn(body);

        view.upload.handler.handleUploadRequest(new UploadEvent(null, null, VaadinSession.getCurrent(), "scan.pdf",
                SignedAgreements.MAX_BYTES + 4096L, "application/pdf", view.upload.upload.getElement(), part));

        assertThat(body.available()).as("left unread").isEqualTo(4095);
        assertThat(view.upload.message.getText()).startsWith("Die Datei ist größer als 10 MB.");
        assertThat(register.find(saved.getId()).orElseThrow().getSignedDocument()).isNull();
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void theDownloadHandsOutTheSignedPdfToStaffWhoMayReadTheAgreement() throws Exception {
        var view = navigate("datenaustausch/x-demo-asylblg-monatlich", ExchangeDetailView.class);

        var response = view.signedFile();

        assertThat(response.hasError()).isFalse();
        assertThat(response.getFileName()).isEqualTo("vereinbarung-asylblg.pdf");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(response.getInputStream().readNBytes(5))).isEqualTo("%PDF-");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void anUnknownIdShowsTheNotFoundPage() {
        navigate("datenaustausch/x-geraten", NotFoundView.class);
    }
}
