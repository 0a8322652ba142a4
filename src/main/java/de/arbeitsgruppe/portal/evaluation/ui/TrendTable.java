package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.evaluation.EvaluationTrend;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;

/**
 * The trend per point: a row per point of the checklist, a column per evaluation (oldest first), each
 * cell the grade in symbol and words. A real table, so a screen reader names point and evaluation
 * of every cell; on a phone each point becomes a card with its grades in order.
 */
class TrendTable extends Composite<Div> {

    final ResponsiveTable<EvaluationTrend.Row> table;
    final Paragraph empty = new Paragraph();

    TrendTable(EvaluationTrend trend) {
        table = new ResponsiveTable<>(getTranslation("evaluation.trend.title"));
        table.addComponentColumn(getTranslation("evaluation.trend.point"), row -> {
            var text = new Span(row.text());
            if (row.retired()) {
                text.add(new Span(" " + getTranslation("evaluation.checklist.retiredMark")));
            }
            return text;
        });
        table.addColumn(getTranslation("evaluation.field.section"), row -> getTranslation(row.section().translationKey()));
        for (int column = 0; column < trend.columns().size(); column++) {
            var index = column;
            var header = trend.columns().get(column);
            table.addComponentColumn(Formats.date(header.date()),
                    row -> EvaluationTexts.gradeCell(this, row.grades().get(index)));
        }
        table.setItems(trend.rows());
        table.addClassName("portal-matrix");
        empty.setText(getTranslation("evaluation.trend.empty"));
        empty.addClassName("portal-empty");
        var none = trend.columns().isEmpty();
        table.setVisible(!none);
        empty.setVisible(none);
        getContent().setWidthFull();
        getContent().add(table, empty);
    }
}
