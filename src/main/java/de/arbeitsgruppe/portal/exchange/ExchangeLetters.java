package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.util.List;
import org.springframework.stereotype.Component;

/** The register's mail, in German like every mail of the working group, with a link to the agreement. */
@Component
class ExchangeLetters {

    private final PortalTranslations translations;
    private final ExchangeProperties properties;

    ExchangeLetters(PortalTranslations translations, ExchangeProperties properties) {
        this.translations = translations;
        this.properties = properties;
    }

    /** @param toOffice none of the agreement's contacts can be mailed: the office is told so, not that it is named */
    OutgoingMail reviewDue(ExchangeAgreement agreement, String name, String email, boolean toOffice) {
        var date = Formats.date(agreement.getNextReview());
        var greeting = name == null || name.isBlank() ? t("exchange.mail.greeting.anonymous") : t("exchange.mail.greeting", name);
        var text = String.join("\n\n", greeting,
                t(toOffice ? "exchange.mail.review.introOffice" : "exchange.mail.review.intro", agreement.getTitle(),
                        agreement.getOrganisationAName(),
                        agreement.getOrganisationBName(), date),
                t("exchange.mail.review.action"),
                t("exchange.mail.link", properties.agreementLink(agreement.getId())),
                t("exchange.mail.closing"));
        return new OutgoingMail(new Recipient(name, email), null, t("exchange.mail.review.subject", agreement.getTitle(), date),
                text, List.of());
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, params);
    }
}
