package de.arbeitsgruppe.portal.audit.ui;

import de.arbeitsgruppe.portal.shared.text.SpreadsheetCells;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.AuditFilter;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The filtered trail as a CSV file for a spreadsheet: semicolons and a byte-order mark, as German
 * Excel expects, one row per entry, changes as lines inside one cell, headings in the reader's language.
 */
final class AuditCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private AuditCsv() {
    }

    /** Written straight into the download as the entries are read, so a large trail is never held in memory. */
    static DownloadHandler download(AuditTrail trail, java.util.function.Supplier<AuditFilter> filter, AuditTexts texts) {
        return event -> {
            event.setFileName("verlauf.csv");
            event.setContentType(CONTENT_TYPE);
            var out = new java.io.OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            write(trail, filter.get(), texts, out);
            out.flush();
        };
    }

    static String write(AuditTrail trail, AuditFilter filter, AuditTexts texts) {
        var out = new StringWriter();
        write(trail, filter, texts, out);
        return out.toString();
    }

    private static void write(AuditTrail trail, AuditFilter filter, AuditTexts texts, java.io.Writer out) {
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, format);
            csv.printRecord(texts.csvHeader());
            var rows = new int[1];
            trail.forEach(filter, entry -> {
                print(csv, entry, texts);
                rows[0]++;
            });
            if (rows[0] >= AuditTrail.MAX_EXPORT) {
                // said in the file itself, so nobody takes a cut list for the whole trail
                csv.printRecord(texts.cutOff(AuditTrail.MAX_EXPORT));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object[] cells(String... values) {
        return SpreadsheetCells.of(values);
    }

    private static void print(CSVPrinter csv, AuditEntry entry, AuditTexts texts) {
        try {
            var actor = entry.actor();
            csv.printRecord(cells(texts.when(entry), texts.kind(entry), actor.username(),
                    actor.isSystem() ? texts.who(actor) : actor.displayName(), actor.organisationName(),
                    texts.recordType(entry.recordType()), entry.recordId(), entry.recordLabel(),
                    entry.changes().stream().map(texts::change).reduce((a, b) -> a + "\n" + b).orElse(""),
                    entry.reason(), entry.detail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
