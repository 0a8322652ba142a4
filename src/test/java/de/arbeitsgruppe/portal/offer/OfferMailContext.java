package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.JobsContext;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.offer.internal.Offers;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Mailboxes;
import de.arbeitsgruppe.portal.shared.MovableClock;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The offer mails' and jobs' tests, in the context all job tests share ({@link JobsContext}: a real
 * SMTP server, a movable clock, the jobs' schedules switched off). Each test makes its own
 * provider organisation with its people and offers, and finds its mails by their addresses.
 */
abstract class OfferMailContext extends JobsContext {

    @Autowired
    MovableClock clock;
    @Autowired
    OfferManagement management;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Offers offers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    Mailer mailer;
    @Autowired
    PortalTranslations translations;
    @Autowired
    OfferMailProperties properties;
    @Autowired
    CatalogueWrites catalogueWrites;


    record Person(String username, String name, String email) {
    }

    record Provider(String organisationId, String name, List<Person> people) {
    }

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** Today in the portal, at ten in the morning. */
    LocalDate startDay() {
        var day = LocalDate.now();
        at(day, 10);
        return day;
    }

    void at(LocalDate day, int hour) {
        clock.set(day.atTime(LocalTime.of(hour, 0)));
    }

    Provider provider(String prefix, int size) {
        var name = "Sprachschule " + prefix + " " + suffix;
        var organisationId = asCoordinator(() -> organisations.create(
                new Organisation(name, prefix + " " + suffix, OrganisationKind.BILDUNGSTRAEGER, Membership.PARTNER)).getId());
        var people = new ArrayList<Person>();
        for (int i = 1; i <= size; i++) {
            var username = (prefix + "-" + i + "-" + suffix).toLowerCase();
            var email = username + "@sprachschule.example";
            var personName = prefix + " Person " + i;
            SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
                var account = new Account(username, personName, Role.PARTNER, organisationId);
                account.setEmail(email);
                accounts.create(account, "Test-Passwort-1");
            });
            people.add(new Person(username, personName, email));
        }
        return new Provider(organisationId, name, List.copyOf(people));
    }

    /** An online course of the provider, submitted by the office for it; not yet published. */
    Offer submitted(Provider provider, String title, LocalDate start, LocalDate end) {
        var offer = new Offer();
        offer.setProviderOrganisationId(provider.organisationId());
        var details = new OfferDetails();
        details.setKind(OfferKind.INTEGRATIONSKURS_ALLGEMEIN);
        details.setTitle(title);
        details.setFormat(OfferFormat.ONLINE);
        details.setStart(start);
        details.setEnd(end);
        offer.setDetails(details);
        return asCoordinator(() -> management.submit(offer));
    }

    Offer published(Provider provider, String title, LocalDate start, LocalDate end) {
        var offer = submitted(provider, title, start, end);
        return asCoordinator(() -> management.publish(offer.getId(), offer.getVersion()));
    }

    Offer current(Offer offer) {
        return offers.findById(offer.getId()).orElseThrow();
    }

    /** Every mail received at the address whose subject contains the text; mails are sent before the call that writes them returns. */
    static List<ReceivedMail> mails(String to, String subjectPart) {
        return TestMailServer.received().stream()
                .filter(mail -> mail.to().contains(to) && mail.subject() != null && mail.subject().contains(subjectPart))
                .toList();
    }

    /**
     * The jobs as on a portal node of its own (as after a restart, or on a second server): every
     * object of the offer mails made anew on the same database, without ShedLock's lock, which only
     * Spring's proxy adds and which would hold each job for a minute of real time.
     */
    OfferJobs newNode() {
        var notifications = new OfferNotifications(offers, mongo, mailboxes, mailer,
                new OfferLetters(translations, properties));
        return new OfferJobs(management, notifications, mongo, clock, new CatalogueRepair(mongo, catalogueWrites, clock));
    }

    static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
