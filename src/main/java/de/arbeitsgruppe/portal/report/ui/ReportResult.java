package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.report.ReportCharts;
import de.arbeitsgruppe.portal.report.ReportFigures;
import de.arbeitsgruppe.portal.report.ReportNumbers;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a report on a page: per section its heading and note, per table its heading, the
 * chart where one helps, and the figures as a real table right after it (for screen readers and for
 * anyone who wants the exact numbers). Used for a report just built and for a sent one.
 */
class ReportResult extends Div {

    final List<ResponsiveTable<Row>> tables = new ArrayList<>();
    final List<Svg> charts = new ArrayList<>();

    ReportResult(ReportFigures figures) {
        addClassName("report-result");
        var count = 0;
        for (var section : figures.sections()) {
            add(new H2(section.title()));
            if (section.note() != null && !section.note().isBlank()) {
                add(new Paragraph(section.note()));
            }
            for (var table : section.tables()) {
                add(new H3(table.title()));
                if (table.isEmpty()) {
                    var empty = new Paragraph(getTranslation("report.empty"));
                    empty.addClassName("portal-empty");
                    add(empty);
                    continue;
                }
                if (table.chart()) {
                    // Svg sets the markup as the inner HTML of a wrapper, which the browser parses as SVG
                    var chart = new Svg(ReportCharts.svg(table, "report-chart-" + count++,
                            getTranslation("report.chart.description", table.title())));
                    chart.addClassName("report-chart");
                    // the SVG scales to its box: as wide as a phone allows, never wider than it reads well
                    chart.getStyle().set("display", "block").set("max-width", "48rem").set("width", "100%");
                    charts.add(chart);
                    add(chart);
                }
                var list = table(table);
                tables.add(list);
                add(list);
            }
        }
    }

    private static ResponsiveTable<Row> table(ReportTable table) {
        var list = new ResponsiveTable<Row>(table.title());
        list.addColumn(table.rowHeader(), Row::label);
        for (int column = 0; column < table.columns().size(); column++) {
            var index = column;
            list.addColumn(table.columns().get(column), row -> ReportNumbers.format(row.values().get(index)));
        }
        list.setItems(table.rows());
        return list;
    }
}
