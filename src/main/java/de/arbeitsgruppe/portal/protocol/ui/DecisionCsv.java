package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import de.arbeitsgruppe.portal.protocol.DecisionFilter;
import de.arbeitsgruppe.portal.protocol.DecisionRegister;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The register as filtered on the page, as a CSV file; written straight into the download as the decisions are read. */
final class DecisionCsv {

    static final String FILE_NAME = "beschluesse.csv";
    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private DecisionCsv() {
    }

    static DownloadHandler download(DecisionRegister register, Supplier<DecisionFilter> filter) {
        return event -> {
            event.setFileName(FILE_NAME);
            event.setContentType(CONTENT_TYPE);
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            register.csv(filter.get(), out);
            out.flush();
        };
    }
}
