package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.report.ReportFigures;
import de.arbeitsgruppe.portal.report.ReportManagement;
import de.arbeitsgruppe.portal.report.ReportPeriod;
import de.arbeitsgruppe.portal.report.ReportRefused;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;

/**
 * The office builds the report: period and scope chosen, the figures shown with their charts and
 * tables, downloaded as PDF/A, CSV or XLSX, and sent to the leadership contacts. Building takes a
 * moment on a busy group: the button waits (Vaadin's loading bar shows meanwhile) and a status line
 * says when the figures are there.
 */
@Route(ReportBuildView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ReportBuildView extends PortalView {

    public static final String ROUTE = "berichte/neu";

    final PeriodChooser period = new PeriodChooser(Formats.today());
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Button build = new Button();
    final Button send = new Button();
    final Paragraph status = new Paragraph();
    final Div result = new Div();
    ReportFigures figures;
    ReportDownloads downloads;

    private final ReportManagement reports;

    ReportBuildView(ReportManagement reports, OrganisationManagement organisations) {
        this.reports = reports;
        add(new Paragraph(getTranslation("report.build.intro")));
        add(new HorizontalLayout(new Anchor(SentReportsView.ROUTE, getTranslation("report.toSent")),
                new Anchor(ReportSettingsView.ROUTE, getTranslation("report.toSettings"))));
        organisation.setLabel(getTranslation("report.field.organisation"));
        organisation.setPlaceholder(getTranslation("report.scope.all"));
        organisation.setHelperText(getTranslation("report.field.organisation.help"));
        organisation.setItems(organisations.summaries().stream().filter(o -> o.membership() == Membership.MEMBER).toList());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        period.add(organisation);
        build.setText(getTranslation("report.build.button"));
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        build.setDisableOnClick(true);
        build.addClickListener(click -> build());
        send.setText(getTranslation("report.send.button"));
        send.setEnabled(false);
        send.addClickListener(click -> confirmSending());
        // announced by screen readers when the figures are there or something failed
        status.getElement().setAttribute("role", "status");
        add(period, new HorizontalLayout(build, send), status, result);
    }

    void build() {
        try {
            period.period().ifPresentOrElse(chosen -> show(reports.build(chosen, scope())),
                    () -> status.setText(getTranslation("report.build.incomplete")));
        } catch (ReportRefused refused) {
            // a span that ends before it begins, or is too long: said next to its end as well
            if ("to".equals(refused.field())) {
                period.to.setErrorMessage(getTranslation(refused.messageKey()));
                period.to.setInvalid(true);
            }
            status.setText(getTranslation(refused.messageKey()));
        } finally {
            build.setEnabled(true);
        }
    }

    private void show(ReportFigures built) {
        figures = built;
        result.removeAll();
        var baseName = "Bericht-" + built.period().key();
        downloads = new ReportDownloads(reports, built, baseName, () -> reports.pdf(built));
        result.add(downloads, new ReportResult(built));
        send.setEnabled(true);
        status.setText(getTranslation("report.build.done", built.scopeName(), built.period().dates()));
    }

    private void confirmSending() {
        if (figures == null) {
            return;
        }
        var chosen = figures.period();
        new Confirmation(getTranslation("report.send.header"),
                getTranslation("report.send.question", figures.scopeName(), chosen.dates()),
                getTranslation("report.send.button"), getTranslation("form.cancel"), () -> sendNow(chosen)).open();
    }

    void sendNow(ReportPeriod chosen) {
        try {
            var sent = SaveFailures.attempt(this, () -> reports.send(chosen, scope()));
            if (sent != null) {
                Notices.success(getTranslation("report.send.done", sent.getNumber(), sent.getRecipients().size()));
            }
        } catch (ReportRefused refused) {
            Notices.error(getTranslation(refused.messageKey()));
        }
    }

    private String scope() {
        return organisation.getValue() == null ? null : organisation.getValue().id();
    }

    @Override
    protected String titleKey() {
        return "report.build.title";
    }
}
