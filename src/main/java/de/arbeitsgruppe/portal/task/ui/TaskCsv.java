package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import de.arbeitsgruppe.portal.task.TaskExport;
import de.arbeitsgruppe.portal.task.TaskFilter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The list as filtered on the page, as a CSV file; written straight into the download as the tasks are read. */
final class TaskCsv {

    static final String FILE_NAME = "aufgaben.csv";
    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private TaskCsv() {
    }

    static DownloadHandler download(TaskExport export, Supplier<TaskFilter> filter) {
        return event -> {
            event.setFileName(FILE_NAME);
            event.setContentType(CONTENT_TYPE);
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            export.csv(filter.get(), out);
            out.flush();
        };
    }
}
