package de.arbeitsgruppe.portal.protocol.internal;

import static de.arbeitsgruppe.portal.protocol.internal.PdfChecks.flatText;
import static de.arbeitsgruppe.portal.protocol.internal.PdfChecks.load;
import static de.arbeitsgruppe.portal.protocol.internal.PdfChecks.problems;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.protocol.ProtocolContent.DecisionLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ProtocolPdfTest {

    private static byte[] approved;

    @BeforeAll
    static void render() {
        approved = ProtocolPdf.render(ProtocolContents.approved());
    }

    @Test
    void isAnArchivablePdfA3aAsARecordsOfficeChecksIt() throws Exception {
        assertThat(problems(approved, PDFAFlavour.PDFA_3_A)).as("veraPDF, PDF/A-3a").isEmpty();
    }

    @Test
    void isAnAccessiblePdfUaForScreenReaders() throws Exception {
        assertThat(problems(approved, PDFAFlavour.PDFUA_1)).as("veraPDF, PDF/UA-1").isEmpty();
    }

    @Test
    void showsTheHeaderAttendanceItemsAndDecisionsInGerman() throws Exception {
        String text = flatText(approved);

        assertThat(text).contains("Arbeitsgruppe Integration in Arbeit Musterstadt", "Protokoll Sitzung im November",
                "Sitzung Sitzung der Arbeitsgruppe", "Datum 24.11.2026, 14:00 – 16:00", "Ort Kreishaus, Raum 204",
                "Sitzungsleitung Anna Koordination (Kreis Musterstadt)",
                "Protokoll Bernd Schriftführer (Agentur für Arbeit Musterstadt)",
                "Genehmigt 15.12.2026 (Sitzung der Arbeitsgruppe am 15.12.2026)");
        assertThat(text).contains("Anwesend Clara Jobcenter (Jobcenter Musterstadt)", "Dora Caritas (Caritasverband)",
                "Entschuldigt Emil Volkshochschule (VHS Musterstadt)", "Nicht erschienen Frieda Handwerkskammer (HWK)",
                "Gäste Gustav Gast (Integrationsbeirat)");
        assertThat(text).contains("TOP 1: Begrüßung und Genehmigung der Tagesordnung",
                "Frau Koordination begrüßt die Anwesenden. Die Tagesordnung wird ohne Änderungen genehmigt.",
                "TOP 3: Freie Plätze in den Sprachkursen", "Stand der Kurse", "Integrationskurse: 12 freie Plätze",
                "Beschluss B-2027-014", "Die Arbeitsgruppe richtet einen gemeinsamen Sprachkurskalender ein.",
                "Ergebnis: beschlossen", "Ja 7 · Nein 1 · Enthaltung 2",
                "Zugestimmt haben: Jobcenter Musterstadt, Caritasverband", "Beschluss B-2027-013", "Ergebnis: vertagt");
        assertThat(text).doesNotContain("protocol.", "meeting.type", "!");
    }

    @Test
    void listsTheTasksOfAnItemWithOwnerDueDateStatusAndDecision() throws Exception {
        String text = flatText(approved);

        // a table row as the text runs: the first line of each cell, then the wrapped rest
        assertThat(text).contains("Aufgaben Aufgabe Zuständig Fällig Status Beschluss",
                ProtocolContents.TASK + " Clara Jobcenter 31.01.2027 Offen B-2027-014 (Jobcenter Musterstadt)",
                ProtocolContents.INTERNAL_TASK + " Kreis Musterstadt 15.02.2027 In Arbeit");
    }

    @Test
    void recordsUnderStandDerAufgabenWhatTheSessionDecidedPerTaskByOrganisation() throws Exception {
        String text = flatText(approved);

        assertThat(text).contains("TOP 4: Stand der Aufgaben Offene Aufgaben aus früheren Protokollen",
                "Agentur für Arbeit Musterstadt Aufgabe Zuständig Fällig Herkunft Stand",
                "Freie Plätze melden Agentur für Arbeit 01.11.2026 Sitzung vom erledigt",
                "Wartezeiten auswerten Bernd Agentur 15.11.2026 Sitzung vom verlängert bis",
                "20.10.2026 31.01.2027",
                "Jobcenter Musterstadt Aufgabe Zuständig Fällig Herkunft Stand",
                "Ansprechperson Jobcenter 20.11.2026 Sitzung vom entfällt: Stelle ist",
                "Interne Statistik Jobcenter 30.11.2026 Sitzung vom offen");
    }

    @Test
    void marksInternalItemsAndNotesForMembers() throws Exception {
        String text = flatText(approved);

        assertThat(text).contains("TOP 2: " + ProtocolContents.INTERNAL_TITLE + " Intern",
                "Intern " + ProtocolContents.INTERNAL_NOTES,
                "Intern Der Träger X hat Schwierigkeiten mit der Abrechnung.");
    }

    @Test
    void numbersEveryPageAndNamesTheVersionInTheFooter() throws Exception {
        var large = ProtocolPdf.render(ProtocolContents.large());
        try (var document = load(large)) {
            int pages = document.getNumberOfPages();
            String text = flatText(large);

            assertThat(pages).isGreaterThan(2);
            assertThat(text).contains("Seite 1 von " + pages, "Seite 2 von " + pages,
                    "Seite " + pages + " von " + pages, "Fassung 3 · genehmigt am 15.12.2026",
                    "Berichtigung Teilnehmerliste ergänzt",
                    "Protokoll: Sitzung im November, 24.11.2026");
            assertThat(text).doesNotContain("Entwurf");
        }
    }

    @Test
    void saysOnTopAndAtTheFootOfEveryPageThatADraftIsNotApproved() throws Exception {
        String text = flatText(ProtocolPdf.render(ProtocolContents.draft()));

        assertThat(text).contains("Entwurf – nicht genehmigt", "Entwurf Seite 1 von")
                .doesNotContain("Fassung", "Genehmigt");
    }

    @Test
    void embedsEveryFontItUses() throws Exception {
        try (var document = load(approved)) {
            var fonts = new ArrayList<PDFont>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void showsScriptsAndMarkupInTheMinutesAsTextAndRunsNothing() throws Exception {
        String title = "<b>Fett</b> & \"Zitat\" </title></head><script>alert(0)</script>";
        String wording = "Beschlossen: <script>alert(4)</script> ]]> <!-- --> \\\" ); } @page { }";
        var item = new Item("x", 4, title, true, """
                Harmlos **fett** und *kursiv*.

                <script>alert(1)</script>

                <img src=x onerror=alert(2)>

                [Klick](javascript:alert(3)) und [sicher](https://kurse.example/a?b=1&c=2)
                """, "<iframe src=\"https://evil.example\"></iframe>",
                List.of(new DecisionLine("B-<i>1</i>", wording, "<em>frei</em>", null, null, null,
                        List.of("<u>Org</u>"))));

        var pdf = ProtocolPdf.render(ProtocolContents.with(item));
        String text = flatText(pdf);

        assertThat(text.replace(" ", "")).contains("TOP4:" + title.replace(" ", ""));
        assertThat(text).contains("Harmlos fett und kursiv.", "<script>alert(1)</script>",
                "<img src=x onerror=alert(2)>", "Klick und sicher", "Beschluss B-<i>1</i>", wording,
                "Ergebnis: <em>frei</em>", "Zugestimmt haben: <u>Org</u>");
        try (var document = load(pdf)) {
            assertThat(document.getDocumentCatalog().getNames() == null
                    || document.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            var links = new ArrayList<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
                    var action = ((PDAnnotationLink) annotation).getAction();
                    assertThat(action).isInstanceOf(PDActionURI.class);
                    links.add(((PDActionURI) action).getURI());
                }
            }
            assertThat(links).containsExactly("https://kurse.example/a?b=1&c=2");
        }
        assertThat(problems(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void keepsAMeetingTitleWithQuotesAndMarkupAsTextInTheHeadingAndOnTopOfEveryPage() throws Exception {
        String title = "Nord\"; } @page { margin: 0 } </style><script>x</script> \\ Ende";

        var pdf = ProtocolPdf.render(ProtocolContents.titled(title));
        String text = flatText(pdf);

        assertThat(text.replace(" ", "")).contains("Protokoll" + title.replace(" ", "") + "Sitzung");
        try (var document = load(pdf)) {
            assertThat(text.split(Pattern.quote("Protokoll: " + title + ", 24.11.2026"), -1))
                    .as("the page head on each page").hasSize(document.getNumberOfPages() + 1);
        }
        assertThat(problems(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void wrapsALongWordAndAWideTableInsteadOfCuttingThemOff() throws Exception {
        String header = IntStream.rangeClosed(1, 12).mapToObj(n -> "Spalte" + n).collect(Collectors.joining(" | "));
        String cells = IntStream.rangeClosed(1, 12).mapToObj(n -> "Zelleninhalt" + n + "Langesbeispielwort")
                .collect(Collectors.joining(" | "));
        var item = new Item("x", 4, "Lange Wörter", true, """
                Vor dem Wort %s nach dem Wort.

                | %s |
                |%s|
                | %s |

                ```
                %s
                ```
                """.formatted(ProtocolContents.LONG_WORD, header, "---|".repeat(11) + "---", cells,
                "code ".repeat(40) + ProtocolContents.LONG_WORD), null, List.of());

        var pdf = ProtocolPdf.render(ProtocolContents.with(item));
        // without white space, where lines broke, and without the page frame, where a page broke
        String text = PdfChecks.text(pdf).replaceAll("\\s+", "").replaceAll(
                "Protokoll:SitzungimNovember,24\\.11\\.2026|Fassung2·genehmigtam15\\.12\\.2026|Seite\\d+von\\d+", "");

        assertThat(text).contains("VordemWort" + ProtocolContents.LONG_WORD + "nachdemWort.");
        IntStream.rangeClosed(1, 12).forEach(n -> assertThat(text).contains("Spalte" + n,
                "Zelleninhalt" + n + "Langesbeispielwort"));
        assertThat(text).contains("code".repeat(40) + ProtocolContents.LONG_WORD);
        try (var document = load(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                float width = document.getPage(page - 1).getMediaBox().getWidth();
                assertThat(PdfChecks.glyphs(document, page)).as("page %d", page)
                        .allSatisfy(glyph -> assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
                                .isLessThanOrEqualTo(width - 40));
            }
        }
    }

    @Test
    void leavesInternalItemsAndNotesOutOfThePartnersVersion() throws Exception {
        String text = flatText(ProtocolPdf.render(ProtocolContents.approved().forPartners()));

        assertThat(text).contains("Fassung für Partner", "TOP 1: Begrüßung",
                "TOP 3: Freie Plätze in den Sprachkursen", "Beschluss B-2027-014",
                "Fassung 2 · genehmigt am 15.12.2026 · Fassung für Partner");
        assertThat(text).contains(ProtocolContents.TASK, "Freie Plätze melden", "Ansprechperson");
        assertThat(text).doesNotContain(ProtocolContents.INTERNAL_TITLE, ProtocolContents.INTERNAL_NOTES,
                "Der Träger X", "B-2027-013", "Intern", ProtocolContents.INTERNAL_TASK);
    }

    @Test
    void leavesPersonsTheApprovingMeetingAndTheCorrectionReasonOutOfThePublicVersion() throws Exception {
        var approved = ProtocolContents.approved();
        var corrected = new de.arbeitsgruppe.portal.protocol.ProtocolContent(approved.header(), approved.attendance(),
                approved.items(), 2, approved.approvedAt(), "Sitzung zur Personalplanung am 15.12.2026",
                "Anwesenheit von Frau Dora Caritas ergänzt", false);

        String text = flatText(ProtocolPdf.render(corrected.forPublic(List.of("item-1", "item-2", "item-3"))));

        assertThat(text).contains("TOP 1: Begrüßung", "TOP 3: Freie Plätze in den Sprachkursen", "Beschluss B-2027-014",
                "15.12.2026");
        assertThat(text).doesNotContain("Sitzung zur Personalplanung", "Dora Caritas", "Anna Koordination",
                "Bernd Schriftführer", "Clara Jobcenter", ProtocolContents.INTERNAL_TITLE, ProtocolContents.TASK);
        // published for everyone, it is no version for partners
        assertThat(text).contains("Fassung 2 · genehmigt am 15.12.2026").doesNotContain("Fassung für Partner");
    }

    @Test
    void leavesAnItemNoLongerPublicOnTheMeetingOutOfThePublicVersion() throws Exception {
        String text = flatText(ProtocolPdf.render(ProtocolContents.approved().forPublic(List.of("item-1", "item-4"))));

        assertThat(text).contains("TOP 1: Begrüßung", "TOP 4: Stand der Aufgaben");
        assertThat(text).doesNotContain("Freie Plätze in den Sprachkursen", "B-2027-014", ProtocolContents.INTERNAL_TITLE);
    }
}
