package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.exchange.internal.ExchangeAgreements;
import de.arbeitsgruppe.portal.exchange.internal.ExchangeFile;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo agreements, seeded once in demo mode: the Kommune passes AsylbLG data to the Agentur monthly
 * (signed PDF attached, review due in ten days, so the reminder goes out soon) and the
 * Einstellungsbescheid to the Jobcenter by encrypted e-mail; Agentur and Jobcenter have agreed
 * nothing yet, which the register shows as a gap. Dates are relative to the first start. The demo
 * PDF is written here, so no binary file lives in the repository.
 */
@Component
@Order(80)
class DemoExchange implements ApplicationRunner {

    static final String ASYLBLG = "x-demo-asylblg-monatlich";
    static final String EINSTELLUNG = "x-demo-einstellungsbescheid";
    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";
    private static final String JOBCENTER = "org-jobcenter-musterstadt";

    private final ExchangeAgreements agreements;
    private final MongoTemplate mongo;
    private final PortalProperties properties;
    private final Clock clock;

    DemoExchange(ExchangeAgreements agreements, MongoTemplate mongo, PortalProperties properties, Clock clock) {
        this.agreements = agreements;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || agreements.existsById(ASYLBLG)) {
            return;
        }
        var today = LocalDate.now(clock.withZone(Formats.ZONE));
        var monthly = agreement(ASYLBLG, "Monatliche Übermittlung AsylbLG-Daten", ContactInterface.KOMMUNE_AGENTUR,
                KOMMUNE, "Landkreis Musterstadt", AGENTUR, "Agentur für Arbeit Musterstadt");
        monthly.setDataCategories(List.of(DataCategories.SUGGESTIONS.get(0), "Schul- und Berufsabschlüsse",
                "Aufenthaltsstatus", "Leistungsbezug AsylbLG"));
        monthly.setDirection(ExchangeDirection.A_TO_B);
        monthly.setPurpose("Frühzeitige Beratung und Kompetenzfeststellung durch die Agentur für Arbeit für Leistungsberechtigte nach dem AsylbLG mit guter Bleibeperspektive.");
        monthly.setLegalBasis("Einwilligung der Person (Art. 6 Abs. 1 lit. a DSGVO); § 9 AsylbLG");
        monthly.setChannel(ExchangeChannel.SECURE_TRANSPORT);
        monthly.setFrequency(ExchangeFrequency.MONTHLY);
        monthly.setResponsibleUnitA("Fachdienst Soziales, Sachgebiet Leistungen AsylbLG");
        monthly.setResponsibleUnitB("Team Integration Geflüchteter");
        monthly.setContactIds(List.of("c-kommune-mueller", "c-agentur-schmidt"));
        monthly.setConsentForm("Einwilligung in den Datenaustausch Kommune – Agentur, Fassung 01/2026");
        monthly.setStart(today.minusDays(300));
        monthly.setNextReview(today.plusDays(10));
        var pdf = demoPdf(monthly.getTitle());
        var file = new ExchangeFile(ASYLBLG + "-demo", ASYLBLG, properties.workingGroupId(), "vereinbarung-asylblg.pdf", pdf,
                clock.instant());
        mongo.save(file);
        monthly.setSignedDocument(new SignedDocument(file.getId(), file.getFileName(), pdf.length, clock.instant(),
                "anna.koordination"));

        var notice = agreement(EINSTELLUNG, "Einstellungsbescheid an das Jobcenter", ContactInterface.KOMMUNE_JOBCENTER,
                KOMMUNE, "Landkreis Musterstadt", JOBCENTER, "Jobcenter Musterstadt");
        notice.setDataCategories(List.of(DataCategories.SUGGESTIONS.get(0), "Einstellungsbescheid", "Aufenthaltsstatus"));
        notice.setDirection(ExchangeDirection.A_TO_B);
        notice.setPurpose("Nahtloser Übergang vom AsylbLG ins SGB II nach der Anerkennung: Das Jobcenter erhält den Einstellungsbescheid ohne Umweg über die Person.");
        notice.setLegalBasis("§ 69 Abs. 1 Nr. 1 SGB X");
        notice.setChannel(ExchangeChannel.ENCRYPTED_MAIL);
        notice.setFrequency(ExchangeFrequency.ON_OCCASION);
        notice.setResponsibleUnitA("Fachdienst Soziales");
        notice.setResponsibleUnitB("Leistung");
        notice.setContactIds(List.of("c-kommune-oezdemir", "c-jobcenter-clara"));
        notice.setStart(today.minusDays(200));
        notice.setNextReview(today.plusDays(160));
        agreements.saveAll(List.of(monthly, notice));
    }

    private ExchangeAgreement agreement(String id, String title, ContactInterface onInterface, String first, String firstName,
            String second, String secondName) {
        var agreement = new ExchangeAgreement();
        agreement.setId(id);
        agreement.setWorkingGroupId(properties.workingGroupId());
        agreement.setTitle(title);
        agreement.setContactInterface(onInterface);
        agreement.setOrganisationAId(first);
        agreement.setOrganisationAName(firstName);
        agreement.setOrganisationBId(second);
        agreement.setOrganisationBName(secondName);
        agreement.setUpdatedAt(clock.instant());
        agreement.setUpdatedBy("anna.koordination");
        return agreement;
    }

    /** A one-page PDF that says what it stands for; a real one would be the scanned, signed agreement. */
    static byte[] demoPdf(String title) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                text.newLineAtOffset(72, 700);
                text.showText("Vereinbarung zum Datenaustausch");
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(0, -28);
                text.showText(title);
                text.newLineAtOffset(0, -20);
                text.showText("Demo-Dokument des Koordinierungsportals (keine echte Vereinbarung)");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
