package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.report.ReportFigures;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report for a spreadsheet. CSV: one line per figure (section; table; row; column; value), which a
 * pivot table reads as it is; semicolons and a byte-order mark, as German Excel expects; texts through
 * {@link SpreadsheetCells}. XLSX: one sheet per section, its tables one below the other, figures as
 * numbers.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void csv(ReportFigures figures, Writer out, BiFunction<String, Object[], String> text) {
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, format);
            csv.printRecord(SpreadsheetCells.of(text.apply("report.csv.section", new Object[0]),
                    text.apply("report.csv.table", new Object[0]), text.apply("report.csv.row", new Object[0]),
                    text.apply("report.csv.column", new Object[0]), text.apply("report.csv.value", new Object[0])));
            for (var section : figures.sections()) {
                for (var table : section.tables()) {
                    for (var row : table.rows()) {
                        for (int column = 0; column < table.columns().size(); column++) {
                            var cells = new ArrayList<Object>(java.util.Arrays.asList(SpreadsheetCells.of(section.title(), table.title(), row.label(),
                                    table.columns().get(column))));
                            cells.add(de.arbeitsgruppe.portal.report.ReportNumbers.format(row.values().get(column)));
                            csv.printRecord(cells);
                        }
                    }
                }
            }
            csv.printRecord(SpreadsheetCells.of(text.apply("report.csv.footer",
                    new Object[] {figures.scopeName(), figures.period().dates(), Formats.dateTime(figures.builtAt())})));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(ReportFigures figures, OutputStream out, BiFunction<String, Object[], String> text) {
        try (var workbook = new XSSFWorkbook()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            for (var section : figures.sections()) {
                var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(section.title()));
                var line = 0;
                var title = sheet.createRow(line++).createCell(0);
                title.setCellValue(section.title());
                title.setCellStyle(heading);
                sheet.createRow(line++).createCell(0).setCellValue(text.apply("report.csv.footer",
                        new Object[] {figures.scopeName(), figures.period().dates(), Formats.dateTime(figures.builtAt())}));
                for (var table : section.tables()) {
                    line++;
                    var caption = sheet.createRow(line++).createCell(0);
                    caption.setCellValue(table.title());
                    caption.setCellStyle(heading);
                    var header = sheet.createRow(line++);
                    header.createCell(0).setCellValue(table.rowHeader());
                    for (int column = 0; column < table.columns().size(); column++) {
                        header.createCell(column + 1).setCellValue(table.columns().get(column));
                    }
                    for (var row : table.rows()) {
                        var cells = sheet.createRow(line++);
                        cells.createCell(0).setCellValue(row.label());
                        for (int column = 0; column < row.values().size(); column++) {
                            cells.createCell(column + 1).setCellValue(row.values().get(column));
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
