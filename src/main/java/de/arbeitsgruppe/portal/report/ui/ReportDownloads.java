package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.arbeitsgruppe.portal.report.ReportFigures;
import de.arbeitsgruppe.portal.report.ReportManagement;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The three files of a report: PDF/A (a sent report's as it was mailed), CSV and XLSX of its figures. */
class ReportDownloads extends HorizontalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Anchor pdf;
    final Anchor csv;
    final Anchor xlsx;

    ReportDownloads(ReportManagement reports, ReportFigures figures, String baseName, Supplier<byte[]> pdfBytes) {
        setWrap(true);
        pdf = anchor(event -> {
            event.setFileName(baseName + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(pdfBytes.get());
        }, "report.download.pdf");
        csv = anchor(event -> {
            event.setFileName(baseName + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            reports.csv(figures, out);
            out.flush();
        }, "report.download.csv");
        xlsx = anchor(event -> {
            event.setFileName(baseName + ".xlsx");
            event.setContentType(XLSX);
            reports.xlsx(figures, event.getOutputStream());
        }, "report.download.xlsx");
        add(pdf, csv, xlsx);
    }

    private Anchor anchor(DownloadHandler handler, String key) {
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
        anchor.addClassName("portal-download");
        return anchor;
    }
}
