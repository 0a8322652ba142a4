package de.arbeitsgruppe.portal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.Outbox;
import de.arbeitsgruppe.portal.notification.OutboxMail;
import de.arbeitsgruppe.portal.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mails a provider gets when the office returns or publishes its offer, through a real SMTP server. */
class OfferMailsIT extends OfferMailContext {

    @Autowired
    Outbox outbox;

    @Test
    void mailsTheReturnWithItsReasonAndLinkToEveryAccountOfTheProviderAndToNobodyElse() {
        var day = startDay();
        var provider = provider("Zurueck", 2);
        var other = provider("Andere", 1);
        var title = "Alphabetisierungskurs " + suffix;
        var offer = submitted(provider, title, day.plusDays(14), day.plusDays(200));
        var reason = "Bitte ergänzen Sie, wo die Kinder betreut werden.";

        asCoordinator(() -> management.returnToProvider(offer.getId(), offer.getVersion(), reason));

        for (var person : provider.people()) {
            var mail = mails(person.email(), "Angebot zurückgegeben: " + title);
            assertThat(mail).as(person.username()).hasSize(1);
            assertThat(mail.getFirst().text()).startsWith("Guten Tag " + person.name() + ",\n\ndie Geschäftsstelle")
                    .contains("Ihr Angebot „" + title + "“ geprüft", reason,
                            "Zum Angebot: http://localhost:8080/angebote/" + offer.getId());
        }
        assertThat(mails(other.people().getFirst().email(), title)).as("another provider").isEmpty();
        var kept = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> outbox.newest(200)).stream()
                .filter(mail -> mail.getSubject().contains(title)).toList();
        assertThat(kept).as("one mail per account, by the portal").hasSize(2)
                .extracting(OutboxMail::getCreatedBy).containsOnly(Mailer.PORTAL);
    }

    @Test
    void mailsThePublicationToTheProvider() {
        var day = startDay();
        var provider = provider("Freigabe", 1);
        var title = "Sprachcafé " + suffix;

        var offer = published(provider, title, day.plusDays(3), day.plusDays(90));

        var mail = mails(provider.people().getFirst().email(), "Angebot veröffentlicht: " + title);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().text()).contains("steht jetzt im Angebotskatalog",
                "http://localhost:8080/angebote/" + offer.getId());
    }
}
