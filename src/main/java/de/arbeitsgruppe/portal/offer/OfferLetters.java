package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Mailboxes.Mailbox;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The offer mails' words, always German like every mail of the working group. Each mail names the
 * offer and links to its page in the portal, where the provider acts on it.
 */
@Component
class OfferLetters {

    private final PortalTranslations translations;
    private final OfferMailProperties properties;

    OfferLetters(PortalTranslations translations, OfferMailProperties properties) {
        this.translations = translations;
        this.properties = properties;
    }

    OutgoingMail returned(Offer offer, String reason, Mailbox to) {
        var title = offer.getDetails().getTitle();
        return mail(to, t("offer.mail.returned.subject", title), t("offer.mail.returned.intro", title),
                reason, t("offer.mail.returned.next"), link(offer));
    }

    OutgoingMail published(Offer offer, Mailbox to) {
        var title = offer.getDetails().getTitle();
        return mail(to, t("offer.mail.published.subject", title), t("offer.mail.published.intro", title), link(offer));
    }

    OutgoingMail stale(Offer offer, Mailbox to) {
        var title = offer.getDetails().getTitle();
        var since = Formats.date(LocalDate.ofInstant(offer.getUpdatedAt(), Formats.ZONE));
        return mail(to, t("offer.mail.stale.subject", title), t("offer.mail.stale.intro", title, since),
                t("offer.mail.stale.action"), link(offer));
    }

    private String link(Offer offer) {
        return t("offer.mail.link", properties.offerLink(offer.getId()));
    }

    private OutgoingMail mail(Mailbox to, String subject, String... paragraphs) {
        var greeting = to.name() == null || to.name().isBlank() ? t("offer.mail.greeting.anonymous")
                : t("offer.mail.greeting", to.name());
        var parts = new java.util.ArrayList<String>();
        parts.add(greeting);
        parts.addAll(List.of(paragraphs));
        parts.add(t("offer.mail.closing"));
        return new OutgoingMail(new Recipient(to.name(), to.email()), null, subject, String.join("\n\n", parts),
                List.of());
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, params);
    }
}
