package de.arbeitsgruppe.portal.contact;

import static de.arbeitsgruppe.portal.contact.ContactInterface.AGENTUR_JOBCENTER;
import static de.arbeitsgruppe.portal.contact.ContactInterface.KOMMUNE_AGENTUR;
import static de.arbeitsgruppe.portal.contact.ContactInterface.KOMMUNE_JOBCENTER;

import de.arbeitsgruppe.portal.contact.internal.Contacts;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo contacts of Musterstadt, seeded once in demo mode: a contact, deputy and mailbox for most
 * interfaces, one deliberate gap, and one entry not confirmed for eight months.
 */
@Component
@Order(30)
class DemoContacts implements ApplicationRunner {

    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";
    private static final String JOBCENTER = "org-jobcenter-musterstadt";
    private static final String CARITAS = "org-caritas-musterstadt";
    private static final Map<String, String> NAMES = Map.of(KOMMUNE, "Landkreis Musterstadt",
            AGENTUR, "Agentur für Arbeit Musterstadt", JOBCENTER, "Jobcenter Musterstadt",
            CARITAS, "Caritasverband Musterstadt");

    private final Contacts contacts;
    private final ContactDirectory directory;
    private final PortalProperties properties;

    DemoContacts(Contacts contacts, ContactDirectory directory, PortalProperties properties) {
        this.contacts = contacts;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        for (Contact contact : demoContacts()) {
            if (!contacts.existsById(contact.getId())) {
                contact.prepareSave(properties.workingGroupId(), NAMES.get(contact.getOrganisationId()),
                        directory::topicWords);
                contacts.save(contact);
            }
        }
    }

    private static List<Contact> demoContacts() {
        var today = Formats.today();
        var list = new ArrayList<Contact>();
        list.add(person("c-kommune-mueller", "Sabine Müller", "Sachgebietsleitung Leistungen AsylbLG",
                "Fachdienst Soziales", KOMMUNE, Set.of(KOMMUNE_AGENTUR, KOMMUNE_JOBCENTER),
                Set.of(Topic.LEISTUNGEN_ASYLBLG, Topic.DATENAUSTAUSCH), "c-kommune-oezdemir", Visibility.PARTNERS,
                null));
        list.add(person("c-kommune-oezdemir", "Kemal Özdemir", "Sachbearbeitung AsylbLG", "Fachdienst Soziales",
                KOMMUNE, Set.of(KOMMUNE_AGENTUR, KOMMUNE_JOBCENTER), Set.of(Topic.LEISTUNGEN_ASYLBLG),
                null, Visibility.INTERNAL, null));
        list.add(mailbox("c-kommune-postfach", "Postfach Integration Landkreis", "integration@landkreis-musterstadt.example",
                KOMMUNE, Set.of(KOMMUNE_AGENTUR, KOMMUNE_JOBCENTER)));
        list.add(person("c-agentur-schmidt", "Bernd Agentur", "Teamleitung Integration Geflüchteter",
                "Arbeitsvermittlung", AGENTUR, Set.of(KOMMUNE_AGENTUR, AGENTUR_JOBCENTER),
                Set.of(Topic.ARBEITSMARKTINTEGRATION, Topic.ANERKENNUNG), "c-agentur-weber", Visibility.PARTNERS,
                "bernd.agentur"));
        list.add(person("c-agentur-weber", "Julia Weber", "Beratung Anerkennung ausländischer Abschlüsse",
                "Arbeitsvermittlung", AGENTUR, Set.of(KOMMUNE_AGENTUR, AGENTUR_JOBCENTER),
                Set.of(Topic.ANERKENNUNG, Topic.SPRACHFOERDERUNG), null, Visibility.PUBLIC, null));
        list.add(mailbox("c-agentur-postfach", "Postfach Schnittstelle Agentur",
                "musterstadt.schnittstelle@arbeitsagentur.example", AGENTUR, Set.of(KOMMUNE_AGENTUR, AGENTUR_JOBCENTER)));
        list.add(person("c-jobcenter-clara", "Clara Jobcenter", "Integrationsfachkraft", "Markt und Integration",
                JOBCENTER, Set.of(KOMMUNE_JOBCENTER, AGENTUR_JOBCENTER),
                Set.of(Topic.LEISTUNGEN_SGB2, Topic.ARBEITSMARKTINTEGRATION, Topic.SPRACHFOERDERUNG),
                null, Visibility.PARTNERS, "clara.jobcenter"));
        // no central mailbox of the Jobcenter is named yet: the matrix shows this gap
        var stale = person("c-jobcenter-yilmaz", "Aylin Yılmaz", "Leistungssachbearbeitung SGB II", "Leistung",
                JOBCENTER, Set.of(KOMMUNE_JOBCENTER), Set.of(Topic.LEISTUNGEN_SGB2, Topic.DATENAUSTAUSCH), null,
                Visibility.INTERNAL, null);
        stale.setLastConfirmed(today.minusMonths(8));
        list.add(stale);
        list.add(person("c-caritas-dora", "Dora Caritas", "Migrationsberatung für Erwachsene", "Migrationsdienst",
                CARITAS, Set.of(), Set.of(Topic.SPRACHFOERDERUNG, Topic.AUFENTHALTSRECHT), null, Visibility.PUBLIC,
                "dora.caritas"));
        return list;
    }

    private static Contact person(String id, String name, String function, String unit, String organisationId,
            Set<ContactInterface> interfaces, Set<Topic> topics, String deputyId, Visibility visibility,
            String username) {
        var contact = new Contact(ContactKind.PERSON, name, organisationId);
        contact.setId(id);
        contact.setFunction(function);
        contact.setOrganisationalUnit(unit);
        contact.setPhone("+49 1234 5678-" + (100 + Math.abs(id.hashCode() % 800)));
        contact.setEmail(id.substring(2) + "@musterstadt.example");
        contact.setInterfaces(interfaces);
        contact.setTopics(topics);
        contact.setDeputyId(deputyId);
        contact.setVisibility(visibility);
        contact.setAccountUsername(username);
        contact.setLastConfirmed(Formats.today().minusWeeks(3));
        return contact;
    }

    private static Contact mailbox(String id, String name, String email, String organisationId,
            Set<ContactInterface> interfaces) {
        var contact = new Contact(ContactKind.MAILBOX, name, organisationId);
        contact.setId(id);
        contact.setFunction("Zentrale E-Mail-Adresse");
        contact.setEmail(email);
        contact.setInterfaces(interfaces);
        contact.setVisibility(Visibility.PARTNERS);
        contact.setLastConfirmed(Formats.today().minusWeeks(3));
        return contact;
    }
}
