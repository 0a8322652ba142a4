package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import de.arbeitsgruppe.portal.offer.OfferSupply;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The supply overview as a CSV file, for the report to the leadership. */
final class SupplyCsv {

    static final String FILE_NAME = "angebote-versorgung.csv";
    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private SupplyCsv() {
    }

    static DownloadHandler download(OfferSupply supply) {
        return event -> {
            event.setFileName(FILE_NAME);
            event.setContentType(CONTENT_TYPE);
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            supply.csv(out);
            out.flush();
        };
    }
}
