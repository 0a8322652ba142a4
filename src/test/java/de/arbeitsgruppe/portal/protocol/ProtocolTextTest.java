package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.arbeitsgruppe.portal.protocol.ProtocolContent.DecisionLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Header;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.People;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.ReviewLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.TaskLine;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolTextTest {

    private static final Instant START = Instant.parse("2026-11-24T13:00:00Z");

    @Test
    void writesHeaderAttendanceAndItemsInTheirOrderAsPlainText() {
        var text = ProtocolText.of(content(1, "Die **Agentur** berichtet über [Kurse](https://example.org)."));

        assertThat(text).isEqualTo("""
                Arbeitsgruppe Musterstadt
                Sitzung der Arbeitsgruppe: 5. Sitzung
                Datum: 24.11.2026, 14:00 – 16:00
                Ort: Rathaus, Raum 2
                Sitzungsleitung: Clara Jobcenter
                Protokoll: Anna Koordination

                Anwesend: Clara Jobcenter (Jobcenter Musterstadt), Kemal Özdemir
                Entschuldigt: Bernd Agentur
                Gäste: Petra Gast (IHK)

                TOP 1 Begrüßung

                TOP 2 Bericht der Agentur

                Die Agentur berichtet über "Kurse" (https://example.org).

                Intern (nur für Mitglieder):
                Zahlen noch nicht veröffentlichen.

                B-2026-014: Die Kurse werden fortgeführt. (%s)
                Ja 5 · Nein – · Enthaltung 1
                Zugestimmt haben: Jobcenter Musterstadt, Caritas

                TOP 3 Personalien (intern)
                """.formatted(new PortalTranslations().getTranslation("protocol.result.adopted", PortalTranslations.GERMAN)));
    }

    @Test
    void leavesOutWhatOnlyTellsVersionsApart() {
        var first = ProtocolText.of(content(1, "Bericht."));
        var correction = new ProtocolContent(content(2, "Bericht.").header(), content(2, "Bericht.").attendance(),
                content(2, "Bericht.").items(), 2, START.plusSeconds(86_400), "Sitzung am 14.01.2027", "Tippfehler", false);

        assertThat(ProtocolText.of(correction)).isEqualTo(first).doesNotContain("Tippfehler", "14.01.2027");
    }

    @Test
    void tellsTheTitlesOfItemsFromOtherLines() {
        assertThat(ProtocolText.isItemTitle("TOP 3 Bericht der Agentur")).isTrue();
        assertThat(ProtocolText.isItemTitle("TOP 12 Personalien (intern)")).isTrue();
        assertThat(ProtocolText.isItemTitle("Die Agentur berichtet über TOP 3.")).isFalse();
        assertThat(ProtocolText.isItemTitle("TOP-Thema")).isFalse();
    }

    @Test
    void namesTheResultOfADecisionInGerman() {
        assumeTrue(PortalTranslations.has("protocol.result.adopted"), "the labels of results arrive with the PDF renderer");

        assertThat(ProtocolText.of(content(1, null))).contains("B-2026-014: Die Kurse werden fortgeführt. (beschlossen)");
    }

    @Test
    void writesTheTasksOfAnItemAndTheStateRecordedUnderStandDerAufgabenOneALine() {
        var task = new TaskLine("t1", "Kurskalender abstimmen", "Clara Jobcenter (Jobcenter Musterstadt)",
                LocalDate.of(2027, 1, 31), "task.status.open", "B-2026-014", true);
        var review = new ReviewLine("t0", "Agentur für Arbeit Musterstadt", "Plätze melden", "Agentur für Arbeit Musterstadt",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 20), null, "extended", LocalDate.of(2027, 2, 28), null,
                true);
        var item = new Item("a1", 2, "Stand der Aufgaben", true, null, null, List.of(), List.of(task), List.of(review));
        var base = content(1, null);

        var text = ProtocolText.of(new ProtocolContent(base.header(), base.attendance(), List.of(item), 1, START, null,
                null, false));

        assertThat(text).contains("""
                TOP 2 Stand der Aufgaben

                Offene Aufgaben aus früheren Protokollen:
                - Agentur für Arbeit Musterstadt · Plätze melden · Agentur für Arbeit Musterstadt · 01.11.2026 · Sitzung vom 20.10.2026 · verlängert bis 28.02.2027

                Aufgaben:
                - Kurskalender abstimmen · Clara Jobcenter (Jobcenter Musterstadt) · 31.01.2027 · Offen · B-2026-014
                """);
    }

    private static ProtocolContent content(int version, String notes) {
        var header = new Header("Arbeitsgruppe Musterstadt", "5. Sitzung", "meeting.type.session", START,
                START.plusSeconds(7200), "Rathaus, Raum 2", "Clara Jobcenter", "Anna Koordination");
        var people = new People(List.of("Clara Jobcenter (Jobcenter Musterstadt)", "Kemal Özdemir"),
                List.of("Bernd Agentur"), List.of(), List.of("Petra Gast (IHK)"));
        var decision = new DecisionLine("B-2026-014", "Die Kurse werden fortgeführt.", "protocol.result.adopted", 5, null,
                1, List.of("Jobcenter Musterstadt", "Caritas"));
        var items = List.of(new Item("a1", 1, "Begrüßung", true, null, null, List.of()),
                new Item("a2", 2, "Bericht der Agentur", true, notes, "Zahlen *noch nicht* veröffentlichen.",
                        List.of(decision)),
                new Item("a3", 3, "Personalien", false, "", null, List.of()));
        return new ProtocolContent(header, people, items, version, START, null, null, false);
    }
}
