package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
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
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * The office builds the report: period and scope chosen, the figures shown with their charts and
 * tables, downloaded as PDF/A, CSV or XLSX, and sent to the leadership contacts. Building takes a
 * moment on a busy group: it runs in the background while a progress bar shows, the page polls for the
 * result (no server push needed, as for invitations), and a status line says when the figures are there.
 */
@Route(ReportBuildView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ReportBuildView extends PortalView {

    public static final String ROUTE = "berichte/neu";
    private static final Logger log = LoggerFactory.getLogger(ReportBuildView.class);
    private static final int POLL_MILLIS = 500;

    final PeriodChooser period = new PeriodChooser(Formats.today());
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Button build = new Button();
    final Button send = new Button();
    final Paragraph status = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    /** Where the report is built; tests build in their own thread. */
    Executor building = new DelegatingSecurityContextExecutor(task -> Thread.ofVirtual().name("report").start(task));
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
        build.addClickListener(click -> startBuilding());
        send.setText(getTranslation("report.send.button"));
        send.setEnabled(false);
        send.addClickListener(click -> confirmSending());
        // announced by screen readers when the figures are there or something failed
        status.getElement().setAttribute("role", "status");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("report.build.running"));
        // the two buttons side by side are wider than a phone: the second goes below the first there
        var actions = new HorizontalLayout(build, send);
        actions.setWrap(true);
        add(period, actions, progress, status, result);
    }

    void startBuilding() {
        Optional<ReportPeriod> chosen;
        try {
            chosen = period.period();
        } catch (ReportRefused refused) {
            // a span that ends before it begins, or is too long: said next to its end as well
            if ("to".equals(refused.field())) {
                period.to.setErrorMessage(getTranslation(refused.messageKey()));
                period.to.setInvalid(true);
            }
            status.setText(getTranslation(refused.messageKey()));
            build.setEnabled(true);
            return;
        }
        if (chosen.isEmpty()) {
            status.setText(getTranslation("report.build.incomplete"));
            build.setEnabled(true);
            return;
        }
        var ui = UI.getCurrent();
        var scope = scope();
        progress.setVisible(true);
        status.setText(getTranslation("report.build.running"));
        ui.setPollInterval(POLL_MILLIS);
        building.execute(() -> {
            ReportFigures built = null;
            String problem = null;
            try {
                built = reports.build(chosen.get(), scope);
            } catch (ReportRefused refused) {
                problem = refused.messageKey();
            } catch (RuntimeException e) {
                log.warn("Report not built", e);
                problem = "report.build.failed";
            }
            var figuresBuilt = built;
            var problemKey = problem;
            try {
                ui.accessSynchronously(() -> finish(ui, figuresBuilt, problemKey));
            } catch (UIDetachedException e) {
                // the user left the page meanwhile: nothing was kept
            }
        });
    }

    private void finish(UI ui, ReportFigures built, String problemKey) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        build.setEnabled(true);
        if (problemKey != null) {
            status.setText(getTranslation(problemKey));
            return;
        }
        show(built);
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
        // the report shown, not what the fields say now: they may have changed since it was built
        var shown = figures;
        new Confirmation(getTranslation("report.send.header"),
                getTranslation("report.send.question", shown.scopeName(), shown.period().dates()),
                getTranslation("report.send.button"), getTranslation("form.cancel"), () -> sendNow(shown)).open();
    }

    void sendNow(ReportFigures shown) {
        try {
            var sent = SaveFailures.attempt(this, () -> reports.send(shown.period(), shown.organisationId()));
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
