package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The register as a CSV file for the leadership and the data-protection officers. */
@Service
public class ExchangeExport {

    private static final List<String> COLUMNS = List.of("title", "contactInterface", "organisationAId", "organisationBId",
            "dataCategories", "direction", "purpose", "legalBasis", "channel", "frequency", "responsibleUnitA",
            "responsibleUnitB", "contactIds", "consentForm", "start", "nextReview", "signedDocument");

    private final ExchangeRegister register;
    private final ContactDirectory directory;
    private final CurrentUser currentUser;
    private final PortalTranslations translations;

    ExchangeExport(ExchangeRegister register, ContactDirectory directory, CurrentUser currentUser,
            PortalTranslations translations) {
        this.register = register;
        this.directory = directory;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** Every agreement in the register's order, in the user's language: semicolons and a byte-order mark, as German Excel expects. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public void csv(Writer out) {
        var agreements = register.list();
        var locale = currentUser.require().locale();
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, format);
            csv.printRecord(COLUMNS.stream().map(column -> text(locale, "exchangeAgreement." + column)).toList());
            for (var agreement : agreements) {
                csv.printRecord(row(agreement, locale));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object[] row(ExchangeAgreement agreement, Locale locale) {
        var channel = agreement.getChannel() == null ? "" : agreement.getChannel() == ExchangeChannel.OTHER
                && agreement.getChannelOther() != null ? agreement.getChannelOther() : text(locale, agreement.getChannel().translationKey());
        var contacts = agreement.getContactIds().stream().map(directory::find).flatMap(java.util.Optional::stream)
                .map(Contact::getName).collect(Collectors.joining(", "));
        var signed = agreement.getSignedDocument();
        return SpreadsheetCells.of(agreement.getTitle(), label(locale, agreement.getContactInterface() == null ? null
                        : agreement.getContactInterface().translationKey()),
                agreement.getOrganisationAName(), agreement.getOrganisationBName(),
                String.join(" | ", agreement.getDataCategories()),
                label(locale, agreement.getDirection() == null ? null : agreement.getDirection().translationKey()),
                agreement.getPurpose(), agreement.getLegalBasis(), channel,
                label(locale, agreement.getFrequency() == null ? null : agreement.getFrequency().translationKey()),
                agreement.getResponsibleUnitA(), agreement.getResponsibleUnitB(), contacts, agreement.getConsentForm(),
                Formats.date(agreement.getStart()), Formats.date(agreement.getNextReview()),
                signed == null ? "" : signed.getFileName());
    }

    private String label(Locale locale, String key) {
        return key == null ? "" : text(locale, key);
    }

    private String text(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
