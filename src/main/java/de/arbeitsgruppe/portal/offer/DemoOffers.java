package de.arbeitsgruppe.portal.offer;

import static de.arbeitsgruppe.portal.offer.OfferKind.*;

import de.arbeitsgruppe.portal.offer.internal.DistrictLists;
import de.arbeitsgruppe.portal.offer.internal.Offers;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo offers, seeded once in demo mode: the districts of the Landkreis Musterstadt and some thirty
 * offers of five providers across kinds, levels and districts, most of them published (so the
 * catalogue and the supply overview show real content at first start, with gaps), a few with free
 * places, one returned to the Caritas with a reason, one waiting for review and one not confirmed
 * for weeks. Dates are relative to the day of the first start. Written straight to the database as
 * the office published them long ago: no mails go out, and the stale one counts as reminded.
 */
@Component
@Order(70)
class DemoOffers implements ApplicationRunner {

    static final String FIRST = "o-demo-01";
    static final String RETURNED = "o-demo-20";
    static final String IN_REVIEW = "o-demo-30";
    static final String STALE = "o-demo-21";
    private static final String OFFICE = "anna.koordination";
    private static final String CARITAS = "org-caritas-musterstadt";
    private static final String DIAKONIE = "org-diakonie-musterstadt";
    private static final String SPRACHSCHULE = "org-sprachschule-musterstadt";
    private static final String WILLKOMMEN = "org-willkommen-musterstadt";
    private static final String VHS = "org-vhs-musterstadt";
    static final List<District> DISTRICTS = List.of(new District("d-mitte", "Musterstadt-Mitte"),
            new District("d-nord", "Musterstadt-Nord"), new District("d-sued", "Musterstadt-Süd"),
            new District("d-neustadt", "Neustadt am Bach"), new District("d-bergdorf", "Bergdorf"),
            new District("d-lindenau", "Lindenau"), new District("d-waldheim", "Waldheim"),
            new District("d-seefeld", "Seefeld"), new District("d-kirchberg", "Kirchberg"));

    private final Offers offers;
    private final DistrictLists districtLists;
    private final CatalogueWrites catalogue;
    private final OrganisationManagement organisations;
    private final PortalProperties properties;
    private final Clock clock;

    DemoOffers(Offers offers, DistrictLists districtLists, CatalogueWrites catalogue,
            OrganisationManagement organisations, PortalProperties properties, Clock clock) {
        this.offers = offers;
        this.districtLists = districtLists;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        var group = properties.workingGroupId();
        if (!districtLists.existsById(group)) {
            districtLists.save(new DistrictList(group, DISTRICTS));
        }
        if (offers.existsById(FIRST)) {
            return;
        }
        var today = LocalDate.now(clock.withZone(Formats.ZONE));
        for (var offer : demoOffers()) {
            seed(offer, today);
        }
    }

    /** One offer of the demo: its details, and how it stands. */
    private record Demo(String id, String provider, OfferDetails details, Integer freePlaces, OfferStatus status,
            int updatedDaysAgo, String returnReason) {
    }

    private void seed(Demo demo, LocalDate today) {
        var group = properties.workingGroupId();
        var offer = new Offer();
        offer.setId(demo.id());
        offer.setWorkingGroupId(group);
        offer.setProviderOrganisationId(demo.provider());
        offer.setProviderName(organisations.nameOf(demo.provider(), group).orElse(demo.provider()));
        var details = demo.details();
        // start and end as days from today, kept in the plan as such
        details.setStart(details.getStart() == null ? null : today.plusDays(details.getStart().toEpochDay()));
        details.setEnd(details.getEnd() == null ? null : today.plusDays(details.getEnd().toEpochDay()));
        details.setRegistrationDeadline(details.getStart() == null || details.getStart().isBefore(today) ? null
                : details.getStart().minusDays(7));
        offer.setDetails(details);
        offer.setFreePlaces(demo.freePlaces());
        var updated = at(today.minusDays(demo.updatedDaysAgo()));
        offer.setCreatedAt(updated.minus(Duration.ofDays(10)));
        offer.setSubmittedAt(updated);
        offer.setSubmittedBy("demo");
        offer.setUpdatedAt(updated);
        offer.setStatus(demo.status());
        if (demo.status() != OfferStatus.IN_REVIEW) {
            offer.setReviewedAt(updated.plus(Duration.ofHours(20)));
            offer.setReviewedBy(OFFICE);
        }
        offer.setReturnReason(demo.returnReason());
        offer.setListed(demo.status() == OfferStatus.PUBLISHED);
        if (CatalogueOffer.isStale(updated, today)) {
            // the demo's providers were reminded before the first start: the job mails nobody
            offer.setStaleReminderFor(updated);
        }
        var saved = offers.save(offer);
        if (saved.isListed()) {
            catalogue.publish(saved, saved.getReviewedAt());
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(Formats.ZONE).toInstant();
    }

    private static List<Demo> demoOffers() {
        return List.of(
                published("o-demo-01", SPRACHSCHULE, course(INTEGRATIONSKURS_ALLGEMEIN,
                        "Integrationskurs am Vormittag (A1–B1)",
                        "Allgemeiner Integrationskurs mit 600 Stunden Sprachkurs und 100 Stunden Orientierungskurs. "
                                + "Abschluss mit dem Deutsch-Test für Zuwanderer (DTZ) und dem Test „Leben in Deutschland“.",
                        "d-mitte", -40, 160, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setSchedule("Mo–Fr 8:30–12:45 Uhr");
                            hours(d, 20);
                            d.setCapacity(20);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                            d.setCosts("kostenfrei mit Berechtigung oder Verpflichtung, sonst 2,29 € je Unterrichtsstunde");
                        }), 2, 5),
                published("o-demo-02", SPRACHSCHULE, course(INTEGRATIONSKURS_ALLGEMEIN,
                        "Integrationskurs am Nachmittag (A1–B1)",
                        "Der Kurs für alle, die vormittags arbeiten oder Kinder betreuen. Einstufungstest vorher in der Sprachschule.",
                        "d-mitte", 21, 260, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setSchedule("Mo–Do 14:00–17:30 Uhr");
                            hours(d, 16);
                            d.setCapacity(20);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 12, 8),
                published("o-demo-03", SPRACHSCHULE, course(BERUFSSPRACHKURS_BASIS,
                        "Berufssprachkurs B1 nach B2",
                        "Deutsch für den Beruf: Bewerbung, Telefonate, Arbeitsanweisungen, Schriftverkehr. Abschluss mit telc Deutsch B2.",
                        "d-mitte", -10, 170, d -> {
                            levels(d, CefrLevel.B1, CefrLevel.B2);
                            d.setSchedule("Mo–Fr 8:30–13:00 Uhr");
                            hours(d, 25);
                            d.setCapacity(18);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                            d.setEligibility("Mit Berechtigungsschein der Agentur für Arbeit, des Jobcenters oder des BAMF.");
                        }), 0, 3),
                published("o-demo-04", SPRACHSCHULE, course(BERUFSSPRACHKURS_SPEZIAL,
                        "Berufssprachkurs Pflege (B2)",
                        "Spezialmodul für Pflegehilfskräfte und Pflegekräfte im Anerkennungsverfahren: Fachwortschatz, Dokumentation, Gespräche mit Angehörigen.",
                        "d-nord", 35, 150, d -> {
                            levels(d, CefrLevel.B2, CefrLevel.B2);
                            d.setSchedule("Di und Do 17:00–20:15 Uhr, Sa 9:00–13:00 Uhr");
                            hours(d, 12);
                            d.setCapacity(16);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 6, 4),
                published("o-demo-05", SPRACHSCHULE, course(INTEGRATIONSKURS_INTENSIV,
                        "Intensivkurs für schnell Lernende (A1–B1)",
                        "430 Stunden statt 700: für Lernende mit guter Schulbildung, die schon eine andere Fremdsprache sprechen.",
                        "d-sued", 14, 130, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setSchedule("Mo–Fr 8:30–13:30 Uhr");
                            hours(d, 25);
                            d.setCapacity(16);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 4, 6),
                published("o-demo-06", VHS, course(INTEGRATIONSKURS_ALPHABETISIERUNG,
                        "Alphabetisierungskurs mit Kinderbetreuung",
                        "Lesen und Schreiben lernen in kleinen Gruppen, in lateinischer Schrift. Kinder bis sechs Jahre werden im Nebenraum betreut.",
                        "d-nord", -20, 300, d -> {
                            d.setLiteracy(true);
                            d.setSchedule("Mo–Fr 9:00–12:15 Uhr");
                            hours(d, 20);
                            d.setCapacity(15);
                            d.setChildcare(true);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                            d.setHelpLanguages("Arabisch, Kurdisch (Kurmancî), Dari");
                        }), 3, 2),
                published("o-demo-07", VHS, course(INTEGRATIONSKURS_ALPHABETISIERUNG,
                        "Alphabetisierungskurs in Neustadt",
                        "Integrationskurs mit Alphabetisierung: 1.000 Stunden, Ziel A2 oder B1.",
                        "d-neustadt", 28, 330, d -> {
                            d.setLiteracy(true);
                            d.setSchedule("Mo–Do 13:30–16:45 Uhr");
                            hours(d, 16);
                            d.setCapacity(15);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 9, 7),
                published("o-demo-08", VHS, course(INTEGRATIONSKURS_FRAUEN,
                        "Frauenintegrationskurs mit Kinderbetreuung",
                        "Ein Kurs nur für Frauen, mit Kinderbetreuung im Haus und Ausflügen zu Kita, Schule und Ärztehaus.",
                        "d-sued", -60, 200, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setWomenOnly(true);
                            d.setChildcare(true);
                            d.setSchedule("Mo–Fr 8:45–12:00 Uhr");
                            hours(d, 20);
                            d.setCapacity(15);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 0, 12),
                published("o-demo-09", VHS, course(INTEGRATIONSKURS_ELTERN,
                        "Elternintegrationskurs in Lindenau",
                        "Deutsch rund um Kita, Schule und Elternabend. Während des Unterrichts werden die Kinder betreut.",
                        "d-lindenau", 45, 330, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setChildcare(true);
                            d.setSchedule("Mo–Do 8:30–11:45 Uhr");
                            hours(d, 16);
                            d.setCapacity(15);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 10, 6),
                published("o-demo-10", VHS, course(INTEGRATIONSKURS_JUGEND,
                        "Jugendintegrationskurs (bis 27 Jahre)",
                        "Für junge Erwachsene, die eine Ausbildung oder einen Schulabschluss anstreben; mit Praktikumstagen.",
                        "d-mitte", -5, 280, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setSchedule("Mo–Fr 9:00–14:00 Uhr");
                            hours(d, 25);
                            d.setCapacity(16);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 1, 9),
                published("o-demo-11", VHS, course(INTEGRATIONSKURS_ZWEITSCHRIFT,
                        "Integrationskurs für Zweitschriftlernende",
                        "Für Lernende, die in einer anderen Schrift (z. B. Arabisch, Kyrillisch) lesen und schreiben können und die lateinische Schrift lernen.",
                        "d-mitte", 60, 360, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setSchedule("Mo–Fr 13:00–16:15 Uhr");
                            hours(d, 20);
                            d.setCapacity(15);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 14, 11),
                published("o-demo-12", VHS, course(INTEGRATIONSKURS_FOERDER,
                        "Förderkurs in Bergdorf",
                        "Für Lernende, die schon lange in Deutschland leben und ihr Deutsch verbessern wollen: Wiederholung und gezielte Übung.",
                        "d-bergdorf", 10, 250, d -> {
                            levels(d, CefrLevel.A2, CefrLevel.B1);
                            d.setSchedule("Di–Do 18:00–21:00 Uhr");
                            hours(d, 12);
                            d.setCapacity(15);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 5, 4),
                published("o-demo-13", VHS, course(SPRACHKURS_LAND,
                        "Deutsch für den Alltag – Sprachkurs des Landes",
                        "Für Geflüchtete, die (noch) keinen Integrationskurs besuchen können. Gefördert vom Land Niedersachsen, kostenfrei.",
                        "d-waldheim", -15, 75, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.A2);
                            d.setSchedule("Mo, Mi 9:00–12:00 Uhr");
                            hours(d, 6);
                            d.setCapacity(14);
                            d.setFreeOfCharge(true);
                            d.setFundings(EnumSet.of(Funding.LAND));
                        }), 4, 8),
                published("o-demo-14", VHS, online(BERUFSSPRACHKURS_BASIS,
                        "Berufssprachkurs A2 nach B1 online",
                        "Unterricht im virtuellen Klassenzimmer; Leihgeräte für Teilnehmende ohne eigenen Computer.",
                        7, 190, d -> {
                            levels(d, CefrLevel.A2, CefrLevel.B1);
                            d.setSchedule("Mo–Fr 17:30–20:45 Uhr");
                            hours(d, 20);
                            d.setCapacity(20);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 8, 3),
                published("o-demo-15", CARITAS, ongoing(BERATUNG, "Migrationsberatung für Erwachsene (MBE)",
                        "Beratung zu Sprachkursen, Anerkennung von Abschlüssen, Arbeit, Wohnen und Familie. Auf Wunsch mit Dolmetschung.",
                        "d-mitte", d -> {
                            d.setSchedule("Mo–Do 9:00–12:00 Uhr und nach Vereinbarung");
                            d.setFreeOfCharge(true);
                            d.setHelpLanguages("Arabisch, Farsi, Ukrainisch, Russisch, Englisch");
                        }), null, 6),
                published("o-demo-16", CARITAS, ongoing(BERATUNG, "Außensprechstunde der Migrationsberatung in Kirchberg",
                        "Einmal in der Woche im Gemeindehaus Kirchberg, ohne Termin.",
                        "d-kirchberg", d -> {
                            d.setSchedule("Mi 14:00–16:00 Uhr");
                            d.setFreeOfCharge(true);
                        }), null, 12),
                published("o-demo-17", CARITAS, ongoing(KINDERBETREUUNG, "Spielgruppe während der Sprachkurse",
                        "Betreuung für Kinder von einem bis sechs Jahren, während die Eltern einen Sprachkurs in der Nähe besuchen.",
                        "d-nord", d -> {
                            d.setSchedule("Mo–Fr 8:30–12:30 Uhr");
                            d.setCapacity(12);
                            d.setFreeOfCharge(true);
                        }), 3, 9),
                published("o-demo-18", CARITAS, course(ERSTORIENTIERUNGSKURS, "Erstorientierungskurs „Ankommen in Musterstadt“",
                        "Erste Deutschkenntnisse und Alltag: Einkaufen, Arzt, Behörden, Wohnen. Für Asylsuchende ohne Zugang zum Integrationskurs.",
                        "d-lindenau", -30, 60, d -> {
                            d.setSchedule("Di und Do 9:00–12:00 Uhr");
                            hours(d, 6);
                            d.setCapacity(15);
                            d.setFreeOfCharge(true);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 2, 5),
                published("o-demo-19", CARITAS, ongoing(SPRACHCAFE_EHRENAMT, "Sprachtreff für Frauen",
                        "Deutsch sprechen in entspannter Runde, nur für Frauen; Kinder können mitkommen und werden betreut.",
                        "d-seefeld", d -> {
                            d.setWomenOnly(true);
                            d.setChildcare(true);
                            d.setSchedule("Fr 10:00–11:30 Uhr");
                            d.setFreeOfCharge(true);
                        }), null, 7),
                new Demo(RETURNED, CARITAS, course(INTEGRATIONSKURS_ALPHABETISIERUNG,
                        "Alphabetisierungskurs mit Kinderbetreuung in Waldheim",
                        "Lesen und Schreiben lernen; die Kinder werden im Gemeindehaus betreut.",
                        "d-waldheim", 30, 330, d -> {
                            d.setLiteracy(true);
                            d.setChildcare(true);
                            d.setSchedule("Mo–Do 9:00–12:00 Uhr");
                            hours(d, 15);
                            d.setCapacity(12);
                            d.setCosts("kostenpflichtig");
                        }), 12, OfferStatus.RETURNED, 3,
                        "Im Formular steht „kostenpflichtig“, in der Beschreibung aber, dass der Kurs über das Land "
                                + "gefördert wird. Bitte klären Sie die Kosten und nennen Sie die Förderung; bitte "
                                + "ergänzen Sie auch, wer die Kinder betreut."),
                new Demo(STALE, WILLKOMMEN, ongoing(SPRACHCAFE_EHRENAMT, "Sprachcafé im Bürgerhaus",
                        "Ehrenamtliche üben mit allen, die Deutsch lernen: Gespräche, Hausaufgaben, Briefe verstehen.",
                        "d-mitte", d -> {
                            d.setSchedule("Do 16:00–18:00 Uhr");
                            d.setFreeOfCharge(true);
                        }), null, OfferStatus.PUBLISHED, 41, null),
                published("o-demo-22", WILLKOMMEN, ongoing(SPRACHCAFE_EHRENAMT, "Sprachcafé Bergdorf",
                        "Im Dorfgemeinschaftshaus, mit Kaffee und Kuchen. Alle Niveaus willkommen.",
                        "d-bergdorf", d -> {
                            d.setSchedule("jeden zweiten Samstag 15:00–17:00 Uhr");
                            d.setFreeOfCharge(true);
                        }), null, 13),
                published("o-demo-23", WILLKOMMEN, ongoing(SPRACHCAFE_EHRENAMT, "Deutsch lernen mit Patinnen und Paten",
                        "Eins-zu-eins-Begleitung beim Deutschlernen, Treffen nach Absprache.",
                        "d-neustadt", d -> {
                            d.setSchedule("nach Vereinbarung");
                            d.setFreeOfCharge(true);
                            d.setCapacity(10);
                        }), 4, 16),
                published("o-demo-24", WILLKOMMEN, ongoing(SONSTIGES, "Begleitung zu Behörden und Ärzten",
                        "Ehrenamtliche begleiten zu Terminen und helfen beim Ausfüllen von Formularen.",
                        "d-mitte", d -> {
                            d.setSchedule("nach Vereinbarung");
                            d.setFreeOfCharge(true);
                            d.setHelpLanguages("Englisch, Französisch, Arabisch");
                        }), null, 9),
                published("o-demo-25", WILLKOMMEN, onlineOngoing(SPRACHCAFE_EHRENAMT, "Online-Gesprächsrunde am Abend",
                        "Per Videokonferenz Deutsch sprechen, für alle ab A2, die tagsüber arbeiten.",
                        d -> {
                            d.setSchedule("Mi 19:30–20:30 Uhr");
                            d.setFreeOfCharge(true);
                        }), null, 11),
                published("o-demo-26", DIAKONIE, ongoing(BERATUNG, "Flüchtlingssozialarbeit",
                        "Beratung und Begleitung in allen Lebenslagen, auch zu Kursen und Kinderbetreuung.",
                        "d-sued", d -> {
                            d.setSchedule("Di und Do 9:00–15:00 Uhr");
                            d.setFreeOfCharge(true);
                            d.setHelpLanguages("Ukrainisch, Russisch, Englisch");
                        }), null, 8),
                published("o-demo-27", DIAKONIE, course(ARBEITSMARKTORIENTIERUNG, "Wege in Arbeit – Orientierung",
                        "Berufe kennenlernen, Stärken finden, Betriebe besuchen: zehn Wochen mit Praktikum.",
                        "d-mitte", 20, 90, d -> {
                            d.setSchedule("Mo–Fr 8:00–13:00 Uhr");
                            hours(d, 25);
                            d.setCapacity(12);
                            d.setFundings(EnumSet.of(Funding.AGENTUR_JOBCENTER_AZAV));
                            d.setEligibility("Mit Aktivierungs- und Vermittlungsgutschein (AVGS) der Agentur für Arbeit oder des Jobcenters.");
                        }), 9, 6),
                published("o-demo-28", DIAKONIE, ongoing(KINDERBETREUUNG, "Kinderbetreuung während der Kurszeiten",
                        "Für Kinder der Teilnehmenden der Kurse im Familienzentrum Süd.",
                        "d-sued", d -> {
                            d.setSchedule("Mo–Fr 8:30–12:30 Uhr");
                            d.setCapacity(10);
                            d.setFreeOfCharge(true);
                        }), 0, 10),
                published("o-demo-29", DIAKONIE, course(SPRACHKURS_LAND, "Deutsch im Alltag – Kurs für Frauen",
                        "Sprachkurs des Landes nur für Frauen, mit Kinderbetreuung im selben Haus.",
                        "d-kirchberg", 30, 120, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.A2);
                            d.setWomenOnly(true);
                            d.setChildcare(true);
                            d.setSchedule("Di und Do 9:00–11:30 Uhr");
                            hours(d, 5);
                            d.setCapacity(12);
                            d.setFreeOfCharge(true);
                            d.setFundings(EnumSet.of(Funding.LAND));
                        }), 12, 5),
                new Demo(IN_REVIEW, SPRACHSCHULE, course(INTEGRATIONSKURS_ALLGEMEIN, "Integrationskurs am Abend in Kirchberg",
                        "Für Berufstätige: drei Abende in der Woche und samstags.",
                        "d-kirchberg", 50, 400, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setSchedule("Mo, Mi, Do 18:00–21:00 Uhr, Sa 9:00–12:00 Uhr");
                            hours(d, 12);
                            d.setCapacity(18);
                            d.setFundings(EnumSet.of(Funding.BAMF));
                        }), 18, OfferStatus.IN_REVIEW, 1, null),
                published("o-demo-31", SPRACHSCHULE, course(SPRINT_SPRACHLERNKLASSE, "Sprachlernklasse für Jugendliche (SPRINT)",
                        "An den Berufsbildenden Schulen Musterstadt, für Jugendliche von 16 bis 21 Jahren; mit Unterstützung der Sprachschule.",
                        "d-nord", -50, 180, d -> {
                            levels(d, CefrLevel.A1, CefrLevel.B1);
                            d.setSchedule("Mo–Fr 8:00–13:00 Uhr");
                            hours(d, 25);
                            d.setCapacity(16);
                            d.setFreeOfCharge(true);
                            d.setFundings(EnumSet.of(Funding.LAND));
                        }), 2, 20));
    }

    private static Demo published(String id, String provider, OfferDetails details, Integer freePlaces, int updatedDaysAgo) {
        return new Demo(id, provider, details, freePlaces, OfferStatus.PUBLISHED, updatedDaysAgo, null);
    }

    /** A course from a day to a day, as days from today (placed in {@link #seed}). */
    private static OfferDetails course(OfferKind kind, String title, String description, String districtId,
            int startInDays, int endInDays, Consumer<OfferDetails> more) {
        var details = details(kind, title, description, districtId, more);
        details.setStart(LocalDate.ofEpochDay(startInDays));
        details.setEnd(LocalDate.ofEpochDay(endInDays));
        return details;
    }

    private static OfferDetails online(OfferKind kind, String title, String description, int startInDays,
            int endInDays, Consumer<OfferDetails> more) {
        var details = course(kind, title, description, null, startInDays, endInDays, more);
        details.setFormat(OfferFormat.ONLINE);
        return details;
    }

    /** An offer with continuous entry and no end. */
    private static OfferDetails ongoing(OfferKind kind, String title, String description, String districtId,
            Consumer<OfferDetails> more) {
        var details = details(kind, title, description, districtId, more);
        details.setContinuousEntry(true);
        return details;
    }

    private static OfferDetails onlineOngoing(OfferKind kind, String title, String description,
            Consumer<OfferDetails> more) {
        var details = ongoing(kind, title, description, null, more);
        details.setFormat(OfferFormat.ONLINE);
        return details;
    }

    private static OfferDetails details(OfferKind kind, String title, String description, String districtId,
            Consumer<OfferDetails> more) {
        var details = new OfferDetails();
        details.setKind(kind);
        details.setTitle(title);
        details.setDescription(description);
        details.setDistrictId(districtId);
        var district = DISTRICTS.stream().filter(d -> d.getId().equals(districtId)).findFirst();
        district.ifPresent(d -> {
            details.setVenue("Kursraum " + d.getName());
            details.setCity("Musterstadt");
            details.setPostalCode("12345");
        });
        details.setContactName("Kursberatung");
        details.setContactPhone("+49 1234 5678-0");
        details.setRegistration("Anmeldung telefonisch oder per E-Mail; ein Beratungsgespräch vorher ist möglich.");
        more.accept(details);
        return details;
    }

    private static void levels(OfferDetails details, CefrLevel from, CefrLevel to) {
        details.setLevelFrom(from);
        details.setLevelTo(to);
    }

    private static void hours(OfferDetails details, int hours) {
        details.setHoursPerWeek(BigDecimal.valueOf(hours));
    }
}
