package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import de.arbeitsgruppe.portal.exchange.ExchangeExport;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The register as a CSV file; the export checks the user again when the file is fetched. */
final class ExchangeCsv {

    static final String FILE_NAME = "datenaustausch-register.csv";
    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private ExchangeCsv() {
    }

    static DownloadHandler download(ExchangeExport export) {
        return event -> {
            event.setFileName(FILE_NAME);
            event.setContentType(CONTENT_TYPE);
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            export.csv(out);
            out.flush();
        };
    }
}
