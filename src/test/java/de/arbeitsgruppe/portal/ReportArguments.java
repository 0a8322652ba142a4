package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.report.ReportFigures;
import de.arbeitsgruppe.portal.report.ReportPeriod;
import de.arbeitsgruppe.portal.report.ReportRecipients;
import de.arbeitsgruppe.portal.shared.Formats;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the leadership report and the period queries it added to other modules: a short
 * period (the report of the matrix's admin is built and sent in it), figures without sections for the
 * exports, the stored settings saved unchanged, and a sent report's id that may not exist.
 */
final class ReportArguments {

    private static final ReportPeriod PERIOD = ReportPeriod.span(Formats.today().minusDays(14), Formats.today());
    private static final ReportFigures FIGURES = new ReportFigures(PERIOD, null, "Matrix", Instant.now(), List.of());

    private final ReportRecipients recipients;

    ReportArguments(ApplicationContext context) {
        this.recipients = context.getBean(ReportRecipients.class);
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("ReportManagement.build(ReportPeriod, String)", who -> args(PERIOD, null));
        arguments.put("ReportManagement.send(ReportPeriod, String)", who -> args(PERIOD, null));
        arguments.put("ReportManagement.sent()", who -> args());
        arguments.put("ReportManagement.findSent(String)", who -> args("ag-musterstadt.2020-Q1.all.1"));
        arguments.put("ReportManagement.mayBuild()", who -> args());
        arguments.put("ReportManagement.pdf(ReportFigures)", who -> args(FIGURES));
        arguments.put("ReportManagement.csv(ReportFigures, Writer)", who -> args(FIGURES, new StringWriter()));
        arguments.put("ReportManagement.xlsx(ReportFigures, OutputStream)", who -> args(FIGURES, new ByteArrayOutputStream()));
        arguments.put("ReportRecipients.current()", who -> args());
        arguments.put("ReportRecipients.scheduledAs()", who -> args());
        arguments.put("ReportRecipients.save(ReportSettings)", who -> args(recipients.current()));
        arguments.put("MeetingManagement.startedBetween(Instant, Instant)", who -> args(PERIOD.start(), PERIOD.end()));
        arguments.put("ContactDirectory.organisationsOf(Collection)", who -> args(List.of("c-jobcenter-clara")));
        arguments.put("DecisionRegister.countByResult(Instant, Instant)", who -> args(PERIOD.start(), PERIOD.end()));
        arguments.put("TaskManagement.factsOfPeriod(Instant, Instant)", who -> args(PERIOD.start(), PERIOD.end()));
        return arguments;
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
