package de.arbeitsgruppe.portal.contact;

import static de.arbeitsgruppe.portal.organisation.OrganisationKind.AGENTUR_FUER_ARBEIT;
import static de.arbeitsgruppe.portal.organisation.OrganisationKind.ARBEITGEBER;
import static de.arbeitsgruppe.portal.organisation.OrganisationKind.BILDUNGSTRAEGER;
import static de.arbeitsgruppe.portal.organisation.OrganisationKind.EHRENAMT;
import static de.arbeitsgruppe.portal.organisation.OrganisationKind.JOBCENTER_GE;
import static de.arbeitsgruppe.portal.organisation.OrganisationKind.KOMMUNE;
import static de.arbeitsgruppe.portal.organisation.OrganisationKind.SONSTIGE;
import static de.arbeitsgruppe.portal.organisation.OrganisationKind.WOHLFAHRTSVERBAND;

import de.arbeitsgruppe.portal.organisation.Address;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A large, realistic working group for the directory benchmark: organisations of Lower Saxony
 * towns and ten contacts each, drawn from a fixed seed so every run searches the same data.
 */
public final class BenchmarkDirectoryData {

    private static final List<String> TOWNS = List.of("Hannover", "Braunschweig", "Oldenburg", "Osnabrück",
            "Wolfsburg", "Göttingen", "Salzgitter", "Hildesheim", "Delmenhorst", "Wilhelmshaven", "Lüneburg", "Celle",
            "Garbsen", "Hameln", "Lingen", "Langenhagen", "Nordhorn", "Wolfenbüttel", "Goslar", "Peine", "Emden",
            "Cuxhaven", "Stade", "Gifhorn", "Lehrte", "Melle", "Seelze", "Laatzen", "Leer", "Aurich", "Buxtehude",
            "Verden", "Nienburg", "Cloppenburg", "Vechta", "Papenburg", "Uelzen", "Einbeck", "Northeim", "Osterode",
            "Holzminden", "Stadthagen", "Rinteln", "Walsrode", "Soltau", "Rotenburg", "Diepholz", "Meppen", "Varel",
            "Bad Pyrmont");
    private static final List<Pattern> PATTERNS = List.of(
            new Pattern("Stadt %s", KOMMUNE, Membership.MEMBER), new Pattern("Landkreis %s", KOMMUNE, Membership.MEMBER),
            new Pattern("Agentur für Arbeit %s", AGENTUR_FUER_ARBEIT, Membership.MEMBER),
            new Pattern("Jobcenter %s", JOBCENTER_GE, Membership.MEMBER),
            new Pattern("Caritasverband %s", WOHLFAHRTSVERBAND, Membership.PARTNER),
            new Pattern("Diakonisches Werk %s", WOHLFAHRTSVERBAND, Membership.PARTNER),
            new Pattern("AWO Kreisverband %s", WOHLFAHRTSVERBAND, Membership.PARTNER),
            new Pattern("DRK Kreisverband %s", WOHLFAHRTSVERBAND, Membership.PARTNER),
            new Pattern("Paritätischer Wohlfahrtsverband %s", WOHLFAHRTSVERBAND, Membership.PARTNER),
            new Pattern("Volkshochschule %s", BILDUNGSTRAEGER, Membership.PARTNER),
            new Pattern("Sprachschule Lingua %s", BILDUNGSTRAEGER, Membership.PARTNER),
            new Pattern("Bildungswerk der Wirtschaft %s", BILDUNGSTRAEGER, Membership.PARTNER),
            new Pattern("Berufsbildungszentrum %s", BILDUNGSTRAEGER, Membership.PARTNER),
            new Pattern("Flüchtlingshilfe %s e. V.", EHRENAMT, Membership.PARTNER),
            new Pattern("Willkommensinitiative %s", EHRENAMT, Membership.PARTNER),
            new Pattern("Patenschaftsnetzwerk %s", EHRENAMT, Membership.PARTNER),
            new Pattern("Kreishandwerkerschaft %s", ARBEITGEBER, Membership.PARTNER),
            new Pattern("Unternehmerverband %s", ARBEITGEBER, Membership.PARTNER),
            new Pattern("Migrationszentrum %s", SONSTIGE, Membership.PARTNER),
            new Pattern("Frauenberatungsstelle %s", SONSTIGE, Membership.PARTNER));
    private static final List<String> FIRST_NAMES = List.of("Sabine", "Thomas", "Julia", "Michael", "Kemal", "Aylin",
            "Fatma", "Mehmet", "Anna", "Jonas", "Lea", "Lukas", "Marie", "Paul", "Sophie", "Elias", "Hannah", "Noah",
            "Emma", "Ben", "Mia", "Finn", "Olga", "Dmitri", "Natalia", "Ahmad", "Yasmin", "Omar", "Leyla", "Jürgen",
            "Jörg", "Bärbel", "Björn", "Sören", "Günther", "Renate", "Ursula", "Wolfgang", "Petra", "Andreas",
            "Katharina", "Stefan", "Claudia", "Tobias", "Nicole", "Mustafa", "Elif", "Ali", "Zeynep", "Hassan");
    private static final List<String> LAST_NAMES = List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber",
            "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
            "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schulze", "Maier", "Köhler", "Herrmann",
            "König", "Walter", "Huber", "Kaiser", "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
            "Vogel", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Özdemir", "Arslan", "Doğan", "Kowalski",
            "Nowak", "Wiśniewski", "Haddad", "Khalil", "Nasser", "Ivanova", "Petrov", "Popescu", "Hosseini");
    private static final List<String> FUNCTIONS = List.of("Sachbearbeitung Leistungen AsylbLG",
            "Sachgebietsleitung Soziales", "Integrationsfachkraft", "Arbeitsvermittlung",
            "Teamleitung Integration Geflüchteter", "Beratung Anerkennung ausländischer Abschlüsse",
            "Migrationsberatung für Erwachsene", "Jugendmigrationsdienst", "Fallmanagement",
            "Leistungssachbearbeitung SGB II", "Kursleitung Integrationskurs", "Koordination Ehrenamt",
            "Berufsberatung", "Ausbildungsvermittlung", "Integrationsbeauftragte",
            "Bildungskoordination Neuzugewanderte", "Sozialarbeit Gemeinschaftsunterkunft", "Arbeitgeberservice",
            "Datenschutz und IT", "Geschäftsführung");
    private static final List<String> UNITS = List.of("Fachdienst Soziales", "Fachdienst Ausländerwesen",
            "Arbeitsvermittlung", "Markt und Integration", "Leistung", "Migrationsdienst", "Bildung", "Team U25",
            "Eingangszone", "Arbeitgeberservice", "Berufsberatung", "Geschäftsstelle", "Kursverwaltung");
    private static final int CONTACTS_PER_ORGANISATION = 10;

    private record Pattern(String name, OrganisationKind kind, Membership membership) {
    }

    private BenchmarkDirectoryData() {
    }

    /** One organisation per pattern and town: 20 × 50 = 1,000. */
    static List<Organisation> organisations(String workingGroupId) {
        return organisations(workingGroupId, TOWNS);
    }

    /**
     * The twenty organisations of one town (its Stadt, Landkreis, Agentur, Jobcenter, welfare
     * organisations and course providers): one working group of the load test's installation.
     */
    public static List<Organisation> organisationsOfTown(String workingGroupId, int town) {
        return organisations(workingGroupId, List.of(TOWNS.get(town % TOWNS.size())));
    }

    private static List<Organisation> organisations(String workingGroupId, List<String> towns) {
        var organisations = new ArrayList<Organisation>();
        for (String town : towns) {
            for (Pattern pattern : PATTERNS) {
                var name = pattern.name().formatted(town);
                var slug = String.join("-", Texts.searchTokens(name));
                var organisation = new Organisation(name, abbreviate(name), pattern.kind(), pattern.membership());
                organisation.setAddress(new Address("Hauptstraße 1", "3%04d".formatted(organisations.size()), town));
                organisation.setEmail("info@" + slug + ".example");
                organisation.setPhone("+49 5%03d 1000".formatted(organisations.size()));
                organisation.placeIn(workingGroupId);
                organisations.add(organisation);
            }
        }
        return organisations;
    }

    /** Ten contacts per organisation; ids must already be assigned to the organisations. */
    static List<Contact> contacts(List<Organisation> organisations, String workingGroupId,
            Function<Topic, String> topicWords) {
        return contacts(organisations, workingGroupId, topicWords, CONTACTS_PER_ORGANISATION, 20_261_124);
    }

    /** {@code perOrganisation} contacts per organisation, drawn from {@code seed}; ids as for the other. */
    public static List<Contact> contacts(List<Organisation> organisations, String workingGroupId,
            Function<Topic, String> topicWords, int perOrganisation, long seed) {
        var random = new Random(seed);
        var contacts = new ArrayList<Contact>();
        for (Organisation organisation : organisations) {
            var side = organisation.getKind().authoritySide();
            for (int i = 0; i < perOrganisation; i++) {
                var mailbox = side != null && i == 0;
                var name = mailbox ? "Postfach Integration " + organisation.getAddress().getCity()
                        : pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
                var contact = new Contact(mailbox ? ContactKind.MAILBOX : ContactKind.PERSON, name, organisation.getId());
                contact.setFunction(mailbox ? "Zentrale E-Mail-Adresse" : pick(random, FUNCTIONS));
                contact.setOrganisationalUnit(pick(random, UNITS));
                contact.setEmail("kontakt" + contacts.size() + "@" + organisation.getEmail().substring(5));
                contact.setPhone("+49 5%03d 2%03d".formatted(contacts.size() % 1000, i));
                contact.setTopics(topics(random));
                if (side != null) {
                    contact.setInterfaces(interfacesOf(side, random));
                }
                contact.setVisibility(Visibility.values()[random.nextInt(5) % 3]);
                contact.setLastConfirmed(java.time.LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)));
                contact.prepareSave(workingGroupId, organisation.getName(), topicWords);
                contacts.add(contact);
            }
        }
        return contacts;
    }

    /** As {@link #contacts(List, String, Function, int, long)}, with the directory's own topic words. */
    public static List<Contact> contacts(org.springframework.context.ApplicationContext context,
            List<Organisation> organisations, String workingGroupId, int perOrganisation, long seed) {
        var directory = context.getBean(ContactDirectory.class);
        return contacts(organisations, workingGroupId, directory::topicWords, perOrganisation, seed);
    }

    private static EnumSet<Topic> topics(Random random) {
        var topics = EnumSet.noneOf(Topic.class);
        for (int n = 1 + random.nextInt(3); topics.size() < n; ) {
            topics.add(Topic.values()[random.nextInt(Topic.values().length)]);
        }
        return topics;
    }

    private static EnumSet<ContactInterface> interfacesOf(OrganisationKind.AuthoritySide side, Random random) {
        var joining = Arrays.stream(ContactInterface.values()).filter(i -> i.joins(side)).toList();
        var interfaces = EnumSet.noneOf(ContactInterface.class);
        joining.stream().filter(i -> random.nextInt(3) > 0).forEach(interfaces::add);
        return interfaces;
    }

    private static String abbreviate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40).strip();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
