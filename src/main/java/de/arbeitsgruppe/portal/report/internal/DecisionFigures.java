package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.protocol.DecisionRegister;
import de.arbeitsgruppe.portal.report.ReportContribution;
import de.arbeitsgruppe.portal.report.ReportRequest;
import de.arbeitsgruppe.portal.report.ReportSection;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import java.util.List;
import org.springframework.stereotype.Component;

/** Decisions of the meetings in the period by result: the group decides as a whole, so also in an organisation's report. */
@Component
class DecisionFigures implements ReportContribution {

    static final String KEY = "decisions";

    private final DecisionRegister register;

    DecisionFigures(DecisionRegister register) {
        this.register = register;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        var counts = register.countByResult(request.period().start(), request.period().end());
        var rows = counts.entrySet().stream()
                .map(entry -> Row.of(request.text(entry.getKey().translationKey()), entry.getValue())).toList();
        var table = new ReportTable(request.text("report.decisions.byResult"), request.text("report.decisions.result"),
                List.of(request.text("report.count")), rows, true);
        return new ReportSection(KEY, request.text("report.decisions.title"), request.text("report.decisions.note"),
                List.of(table));
    }
}
