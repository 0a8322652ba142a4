package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.evaluation.Evaluation;
import de.arbeitsgruppe.portal.evaluation.EvaluationManagement;
import de.arbeitsgruppe.portal.evaluation.Grade;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Prozessevaluation": the group's evaluations, newest first, and the trend of every point over
 * them. The office starts a new evaluation here and reaches the checklist; members read.
 */
@Route(EvaluationTexts.LIST_ROUTE)
@Menu(order = 57.5, icon = "vaadin:chart-line", title = "evaluation.list.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class EvaluationListView extends PortalView {

    static final int SHOWN = 50;

    final ResponsiveTable<Evaluation> list = new ResponsiveTable<>(getTranslation("evaluation.list.evaluations"));
    final Paragraph empty = new Paragraph();
    final Anchor checklist = new Anchor(EvaluationTexts.CHECKLIST_ROUTE, "");
    final NewEvaluationForm form;
    final TrendTable trend;

    EvaluationListView(EvaluationManagement evaluations) {
        var office = evaluations.mayRate();
        add(new Paragraph(getTranslation("evaluation.list.intro")));
        checklist.setText(getTranslation("evaluation.checklist.title"));
        checklist.setVisible(office);
        form = office ? new NewEvaluationForm(evaluations) : null;
        add(checklist);
        if (form != null) {
            add(form);
        }
        list.addComponentColumn(getTranslation("evaluation.field.title"),
                evaluation -> new Anchor(EvaluationTexts.route(evaluation.getId()), evaluation.getTitle()));
        list.addColumn(getTranslation("evaluation.field.date"), evaluation -> Formats.date(evaluation.getDate()));
        list.addColumn(getTranslation("evaluation.list.rated"),
                evaluation -> getTranslation("evaluation.list.ratedOf", evaluation.ratedCount(), evaluation.getRatings().size()));
        list.addColumn(getTranslation("evaluation.list.gaps"), evaluation -> getTranslation("evaluation.list.gapCounts",
                evaluation.count(Grade.NOT_MET), evaluation.count(Grade.PARTLY)));
        var shown = evaluations.list(SHOWN);
        list.setItems(shown);
        list.setVisible(!shown.isEmpty());
        empty.setText(getTranslation(office ? "evaluation.list.emptyOffice" : "evaluation.list.empty"));
        empty.addClassName("portal-empty");
        empty.setVisible(shown.isEmpty());
        trend = new TrendTable(evaluations.trend());
        add(new H2(getTranslation("evaluation.list.evaluations")), list, empty,
                new H2(getTranslation("evaluation.trend.title")), new Paragraph(getTranslation("evaluation.trend.intro")), trend);
    }

    @Override
    protected String titleKey() {
        return "evaluation.list.title";
    }
}
