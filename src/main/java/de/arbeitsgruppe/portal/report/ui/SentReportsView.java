package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.report.ReportManagement;
import de.arbeitsgruppe.portal.report.SentReport;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;

/**
 * The reports sent to the leadership, the latest first, each as it was sent. Members read them (their
 * leadership receives them anyway); the office also builds and sends new ones and names the recipients.
 */
@Route(SentReportsView.ROUTE)
@Menu(order = 57, icon = "vaadin:chart", title = "report.sent.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class SentReportsView extends PortalView {

    public static final String ROUTE = "berichte";

    final ResponsiveTable<SentReport> list = new ResponsiveTable<>(getTranslation("report.sent.title"));
    final Paragraph empty = new Paragraph();

    SentReportsView(ReportManagement reports) {
        add(new Paragraph(getTranslation("report.sent.intro")));
        if (reports.mayBuild()) {
            add(new HorizontalLayout(new Anchor(ReportBuildView.ROUTE, getTranslation("report.toBuild")),
                    new Anchor(ReportSettingsView.ROUTE, getTranslation("report.toSettings"))));
        }
        list.addComponentColumn(getTranslation("report.sent.period"),
                report -> new Anchor(SentReportView.route(report), report.periodDates()));
        list.addColumn(getTranslation("report.sent.scope"), SentReport::getScopeName);
        list.addColumn(getTranslation("report.sent.number"), report -> String.valueOf(report.getNumber()));
        list.addColumn(getTranslation("report.sent.sentAt"), report -> Formats.dateTime(report.getSentAt()));
        list.addColumn(getTranslation("report.sent.recipients"), report -> String.valueOf(report.getRecipients().size()));
        list.addColumn(getTranslation("report.sent.how"),
                report -> getTranslation(report.isScheduled() ? "report.sent.scheduled" : "report.sent.onDemand"));
        var sent = reports.sent();
        list.setItems(sent);
        list.setVisible(!sent.isEmpty());
        empty.setText(getTranslation(reports.mayBuild() ? "report.sent.emptyOffice" : "report.sent.empty"));
        empty.addClassName("portal-empty");
        empty.setVisible(sent.isEmpty());
        add(list, empty);
    }

    @Override
    protected String titleKey() {
        return "report.sent.title";
    }
}
