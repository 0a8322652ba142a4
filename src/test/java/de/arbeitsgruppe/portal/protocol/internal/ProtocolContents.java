package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.ProtocolContent;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.DecisionLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Header;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.People;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.ReviewLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.TaskLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Minutes as a working group writes them, for the PDF's tests. */
final class ProtocolContents {

    static final Instant START = Instant.parse("2026-11-24T13:00:00Z");
    static final Instant APPROVED = Instant.parse("2026-12-15T10:30:00Z");
    static final String INTERNAL_TITLE = "Personalplanung im Jobcenter";
    static final String INTERNAL_NOTES = "Zwei Stellen im Fallmanagement bleiben bis März unbesetzt.";
    static final String TASK = "Kurskalender abstimmen";
    static final String INTERNAL_TASK = "Personalkosten klären";
    static final String LONG_WORD = "Arbeitsmarktintegrations" + "beratungsstellenkoordinations".repeat(10)
            + "vereinbarung";

    private ProtocolContents() {
    }

    static ProtocolContent approved() {
        return new ProtocolContent(header(), attendance(), List.of(welcome(), internalItem(), courses(), review()), 2,
                APPROVED,
                "Sitzung der Arbeitsgruppe am 15.12.2026", null, false);
    }

    static ProtocolContent draft() {
        var approved = approved();
        return new ProtocolContent(approved.header(), approved.attendance(), approved.items(), 0, null, null, null,
                false);
    }

    static ProtocolContent with(Item... items) {
        var approved = approved();
        return new ProtocolContent(approved.header(), approved.attendance(), List.of(items), approved.version(),
                approved.approvedAt(), approved.approvedIn(), null, false);
    }

    static ProtocolContent titled(String meetingTitle) {
        var approved = approved();
        var header = approved.header();
        return new ProtocolContent(new Header(header.groupName(), meetingTitle, header.meetingType(), header.start(),
                header.end(), header.place(), header.chair(), header.minuteTaker()), approved.attendance(),
                approved.items(), approved.version(), approved.approvedAt(), approved.approvedIn(), null, false);
    }

    /** Enough items, notes and decisions for twenty pages and more. */
    static ProtocolContent large() {
        var items = new ArrayList<Item>();
        IntStream.rangeClosed(1, 26).forEach(number -> items.add(new Item("item-" + number, number,
                "Bericht aus der Arbeitsgruppe " + number, number % 5 != 0, longNotes(number),
                number % 3 == 0 ? INTERNAL_NOTES : null,
                List.of(decision("B-2027-%03d".formatted(number), "protocol.result.adopted")))));
        var approved = approved();
        return new ProtocolContent(approved.header(), approved.attendance(), items, 3, APPROVED, null,
                "Teilnehmerliste ergänzt", false);
    }

    static Header header() {
        return new Header("Arbeitsgruppe Integration in Arbeit Musterstadt", "Sitzung im November",
                "meeting.type.session", START, START.plusSeconds(2 * 3600), "Kreishaus, Raum 204",
                "Anna Koordination (Kreis Musterstadt)",
                "Bernd Schriftführer (Agentur für Arbeit Musterstadt)");
    }

    static People attendance() {
        return new People(List.of("Clara Jobcenter (Jobcenter Musterstadt)", "Dora Caritas (Caritasverband)"),
                List.of("Emil Volkshochschule (VHS Musterstadt)"), List.of("Frieda Handwerkskammer (HWK)"),
                List.of("Gustav Gast (Integrationsbeirat)"));
    }

    static DecisionLine decision(String number, String result) {
        return new DecisionLine(number, "Die Arbeitsgruppe richtet einen gemeinsamen Sprachkurskalender ein.", result,
                7, 1, 2, List.of("Jobcenter Musterstadt", "Caritasverband"));
    }

    private static Item welcome() {
        return new Item("item-1", 1, "Begrüßung und Genehmigung der Tagesordnung", true,
                "Frau **Koordination** begrüßt die Anwesenden. Die Tagesordnung wird *ohne Änderungen* genehmigt.",
                null, List.of());
    }

    private static Item internalItem() {
        return new Item("item-2", 2, INTERNAL_TITLE, false, "Bericht über die Personallage.", INTERNAL_NOTES,
                List.of(new DecisionLine("B-2027-013", "Die Lage wird im Februar erneut beraten.",
                        "protocol.result.postponed", null, null, null, List.of())));
    }

    private static Item courses() {
        return new Item("item-3", 3, "Freie Plätze in den Sprachkursen", true, """
                ## Stand der Kurse

                - Integrationskurse: 12 freie Plätze
                - Berufssprachkurse: 4 freie Plätze

                Mehr unter [der Kursdatenbank](https://kurse.example/musterstadt).

                | Träger | Kurs | Plätze |
                |--------|------|--------|
                | VHS    | B1   | 8      |
                | Caritas | A2  | 4      |
                """, "Der Träger X hat Schwierigkeiten mit der Abrechnung.",
                List.of(decision("B-2027-014", "protocol.result.adopted")),
                List.of(new TaskLine("t-1", TASK, "Clara Jobcenter (Jobcenter Musterstadt)", LocalDate.of(2027, 1, 31),
                                "task.status.open", "B-2027-014", true),
                        new TaskLine("t-2", INTERNAL_TASK, "Kreis Musterstadt", LocalDate.of(2027, 2, 15),
                                "task.status.in_progress", null, false)),
                List.of());
    }

    /** "Stand der Aufgaben": tasks of earlier minutes, one done, one extended, one dropped, one open. */
    private static Item review() {
        var agentur = "Agentur für Arbeit Musterstadt";
        var jobcenter = "Jobcenter Musterstadt";
        var october = LocalDate.of(2026, 10, 20);
        return new Item("item-4", 4, "Stand der Aufgaben", true, null, null, List.of(), List.of(), List.of(
                new ReviewLine("r-1", agentur, "Freie Plätze melden", agentur, LocalDate.of(2026, 11, 1), october,
                        "B-2026-090", "done", null, null, true),
                new ReviewLine("r-2", agentur, "Wartezeiten auswerten", "Bernd Agentur (" + agentur + ")",
                        LocalDate.of(2026, 11, 15), october, null, "extended", LocalDate.of(2027, 1, 31), null, true),
                new ReviewLine("r-3", jobcenter, "Ansprechperson benennen", jobcenter, LocalDate.of(2026, 11, 20),
                        october, "B-2026-091", "dropped", null, "Stelle ist besetzt", true),
                new ReviewLine("r-4", jobcenter, "Interne Statistik nachliefern", jobcenter, LocalDate.of(2026, 11, 30),
                        october, null, null, null, null, false)));
    }

    private static String longNotes(int number) {
        var notes = new StringBuilder("### Bericht " + number + "\n\n");
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            notes.append("Die Vertreterin des Jobcenters berichtet über die Entwicklung der Vermittlungen im ")
                    .append("laufenden Quartal. Die Zahl der Teilnehmenden an Maßnahmen ist gestiegen, die ")
                    .append("Wartezeiten auf einen Kursplatz sind gesunken. Offene Fragen werden bis zur nächsten ")
                    .append("Sitzung geklärt.\n\n");
        }
        return notes.append("- erster Punkt\n- zweiter Punkt\n- dritter Punkt\n").toString();
    }
}
