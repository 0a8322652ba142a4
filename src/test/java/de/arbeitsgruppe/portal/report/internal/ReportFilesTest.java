package de.arbeitsgruppe.portal.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.protocol.internal.PdfChecks;
import de.arbeitsgruppe.portal.report.ReportFigures;
import de.arbeitsgruppe.portal.report.ReportPeriod;
import de.arbeitsgruppe.portal.report.ReportSection;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.text.PdfA;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The report's files as the leadership's offices open them: PDF/A in an archive, CSV and XLSX in Excel. */
class ReportFilesTest {

    private static final PortalTranslations TRANSLATIONS = new PortalTranslations();
    private static final BiFunction<String, Object[], String> GERMAN =
            (key, parameters) -> TRANSLATIONS.getTranslation(key, PortalTranslations.GERMAN, parameters);
    private static final String TRICKY = "=HYPERLINK(\"http://böse.example\") <script>alert(1)</script>";
    static final ReportFigures FIGURES = new ReportFigures(ReportPeriod.quarter(2026, 3), null, "Gesamte Arbeitsgruppe",
            Instant.parse("2026-10-01T08:00:00Z"), List.of(
                    new ReportSection("tasks", "Aufgaben", "Erstellt und erledigt im Zeitraum.", List.of(
                            new ReportTable("Aufgaben je Organisation", "Organisation", List.of("erstellt", "erledigt", "überfällig"),
                                    List.of(Row.of("Jobcenter Musterstadt", 12, 9, 2), Row.of(TRICKY, 1, 0, 0)), true),
                            new ReportTable("Tage bis erledigt (Median)", "Organisation", List.of("Tage"),
                                    List.of(Row.of("Jobcenter Musterstadt", 3.5)), false))),
                    new ReportSection("decisions", "Beschlüsse", "", List.of(
                            new ReportTable("Beschlüsse nach Ergebnis", "Ergebnis", List.of("Anzahl"), List.of(), true)))));

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = PdfA.render(ReportHtml.document(FIGURES, "Arbeitsgruppe Musterstadt", GERMAN),
                ReportHtml.title(FIGURES, GERMAN), "de");
    }

    @Test
    void isAnArchivablePdfA3aAsARecordsOfficeChecksIt() throws Exception {
        assertThat(PdfChecks.pdfaProblems(pdf)).as("veraPDF, PDF/A-3a").isEmpty();
    }

    @Test
    void isAnAccessiblePdfUaForScreenReaders() throws Exception {
        assertThat(PdfChecks.problems(pdf, PDFAFlavour.PDFUA_1)).as("veraPDF, PDF/UA-1").isEmpty();
    }

    @Test
    void drawsEachChartAsAFigureWhoseAlternativeTextNamesItsTable() throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var figures = new java.util.ArrayList<String>();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);

            assertThat(figures).containsExactly(
                    "Balkendiagramm: Aufgaben je Organisation. Die Zahlen stehen in der Tabelle unter dem Diagramm.");
        }
    }

    private static void collectFigures(List<Object> kids, List<String> figures) {
        for (var kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                collectFigures(element.getKids(), figures);
            }
        }
    }

    @Test
    void showsTitleSectionsTablesAndFiguresInGermanAndTextWithMarkupAsText() throws Exception {
        var text = PdfChecks.text(pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("Bericht an die Leitungsebenen: Gesamte Arbeitsgruppe, 01.07.2026 – 30.09.2026",
                "Aufgaben je Organisation", "Jobcenter Musterstadt 12 9 2", "3,5", "Beschlüsse nach Ergebnis", "Im Zeitraum keine Einträge.");
        // a narrow cell may wrap the text anywhere
        assertThat(text.replace(" ", "")).contains("<script>alert(1)</script>");
    }

    @Test
    void writesOneCsvLinePerFigureAndNeutralisesFormulas() throws Exception {
        var out = new StringWriter();
        ReportFiles.csv(FIGURES, out, GERMAN);

        var records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(out.toString().substring(1))).getRecords();
        assertThat(records.getFirst().values()).containsExactly("Abschnitt", "Tabelle", "Zeile", "Spalte", "Wert");
        assertThat(records).anySatisfy(record -> assertThat(record.values())
                .containsExactly("Aufgaben", "Aufgaben je Organisation", "Jobcenter Musterstadt", "überfällig", "2"));
        assertThat(records).anySatisfy(record -> assertThat(record.get(2)).isEqualTo("'" + TRICKY));
        assertThat(records).anySatisfy(record -> assertThat(record.get(4)).isEqualTo("3,5"));
        assertThat(records).hasSize(1 + 2 * 3 + 1 + 1);
        assertThat(records.getLast().get(0)).startsWith("Bereich: Gesamte Arbeitsgruppe; Zeitraum: 01.07.2026 – 30.09.2026");
    }

    @Test
    void writesAnExcelSheetPerSectionWithTheFiguresAsNumbers() throws Exception {
        var out = new ByteArrayOutputStream();
        ReportFiles.xlsx(FIGURES, out, GERMAN);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            var sheet = workbook.getSheet("Aufgaben");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Aufgaben");
            var header = sheet.getRow(4);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Organisation");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("überfällig");
            var jobcenter = sheet.getRow(5);
            assertThat(jobcenter.getCell(0).getStringCellValue()).isEqualTo("Jobcenter Musterstadt");
            assertThat(jobcenter.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(jobcenter.getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(6).getCell(0).getCellType()).as("a text, never a formula").isEqualTo(CellType.STRING);
            assertThat(workbook.getSheet("Beschlüsse").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Beschlüsse nach Ergebnis");
        }
    }
}
