package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.report.ReportManagement;
import de.arbeitsgruppe.portal.report.SentReport;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.RolesAllowed;

/** A sent report as the leadership received it: its frozen figures and the files, the PDF as mailed. */
@Route(SentReportView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class SentReportView extends PortalView implements BeforeEnterObserver {

    public static final String ROUTE = "berichte/:id";

    SentReport report;
    ReportResult result;
    ReportDownloads downloads;

    private final ReportManagement reports;

    SentReportView(ReportManagement reports) {
        this.reports = reports;
    }

    static String route(SentReport report) {
        return "berichte/" + report.getId();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get("id").flatMap(reports::findSent);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        report = found.get();
        add(new Paragraph(getTranslation("report.sentOne.facts", report.getScopeName(), report.periodDates(),
                report.getNumber(), Formats.dateTime(report.getSentAt()), String.join(", ", report.getRecipients()))));
        var pdf = report.getPdf();
        downloads = new ReportDownloads(reports, report.getFigures(), report.baseName(), () -> pdf);
        result = new ReportResult(report.getFigures());
        add(new Anchor(SentReportsView.ROUTE, getTranslation("report.toSent")), downloads, result);
    }

    @Override
    protected String titleKey() {
        return "report.sentOne.title";
    }
}
