package de.arbeitsgruppe.portal.audit.ui;

import com.vaadin.flow.server.streams.DownloadResponse;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.AuditFilter;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The filtered trail as a CSV file for a spreadsheet: semicolons and a byte-order mark, as German
 * Excel expects, one row per entry, changes as lines inside one cell.
 */
final class AuditCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private AuditCsv() {
    }

    static DownloadResponse of(AuditTrail trail, AuditFilter filter, AuditTexts texts) {
        var bytes = write(trail, filter, texts).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "verlauf.csv", CONTENT_TYPE, bytes.length);
    }

    static String write(AuditTrail trail, AuditFilter filter, AuditTexts texts) {
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try (var csv = new CSVPrinter(out, format)) {
            csv.printRecord("Zeitpunkt", "Ereignis", "Benutzername", "Person", "Organisation", "Datensatz-Typ",
                    "Datensatz-ID", "Datensatz", "Änderungen", "Grund", "Detail");
            trail.forEach(filter, entry -> print(csv, entry, texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A spreadsheet reads a cell that starts with = + - @ as a formula; names typed at the login
     * come from anyone, so such a cell is written as text (a leading apostrophe, as OWASP advises).
     */
    static Object[] cells(String... values) {
        var cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            var value = values[i];
            cells[i] = value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        }
        return cells;
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
