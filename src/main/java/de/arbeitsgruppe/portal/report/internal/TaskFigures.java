package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.report.ReportContribution;
import de.arbeitsgruppe.portal.report.ReportRequest;
import de.arbeitsgruppe.portal.report.ReportSection;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.task.TaskFact;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Tasks per owner organisation: created in the period, done in the period, overdue at its end (or
 * today, while it runs), and the median of days from creation to done of those done in it.
 */
@Component
class TaskFigures implements ReportContribution {

    static final String KEY = "tasks";

    private final TaskManagement tasks;
    private final OrganisationNames names;

    TaskFigures(TaskManagement tasks, OrganisationNames names) {
        this.tasks = tasks;
        this.names = names;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        var period = request.period();
        var facts = tasks.factsOfPeriod(period.start(), period.end());
        var known = names.all();
        var unknown = request.text("report.tasks.noOrganisation");
        var byOrganisation = new TreeMap<String, Counts>();
        var total = new Counts();
        var asOf = period.to().plusDays(1).isBefore(request.today()) ? period.to().plusDays(1) : request.today();
        for (var fact : facts) {
            if (!request.covers(fact.ownerOrganisationId())) {
                continue;
            }
            var name = fact.ownerOrganisationId() == null ? unknown
                    : known.getOrDefault(fact.ownerOrganisationId(), fact.ownerOrganisationName() == null ? unknown : fact.ownerOrganisationName());
            var counts = byOrganisation.computeIfAbsent(name, any -> new Counts());
            counts.add(fact, period.start(), period.end(), asOf);
            total.add(fact, period.start(), period.end(), asOf);
        }
        var rows = new ArrayList<Row>();
        byOrganisation.forEach((name, counts) -> rows.add(counts.row(name)));
        if (request.isWholeGroup() && byOrganisation.size() > 1) {
            rows.add(total.row(request.text("report.tasks.total")));
        }
        var table = new ReportTable(request.text("report.tasks.byOrganisation"), request.text("report.organisation"),
                List.of(request.text("report.tasks.created"), request.text("report.tasks.done"),
                        request.text("report.tasks.overdue")),
                rows.stream().map(row -> new Row(row.label(), row.values().subList(0, 3))).toList(), true);
        var median = new ReportTable(request.text("report.tasks.medianTitle"), request.text("report.organisation"),
                List.of(request.text("report.tasks.median")),
                rows.stream().map(row -> new Row(row.label(), row.values().subList(3, 4))).toList(), false);
        return new ReportSection(KEY, request.text("report.tasks.title"),
                request.text("report.tasks.note", Formats.date(asOf)), List.of(table, median));
    }

    /** The figures of one organisation. */
    static final class Counts {
        long created;
        long done;
        long overdue;
        final List<Long> daysToDone = new ArrayList<>();

        void add(TaskFact fact, Instant from, Instant to, LocalDate asOf) {
            if (fact.createdAt() != null && !fact.createdAt().isBefore(from) && fact.createdAt().isBefore(to)) {
                created++;
            }
            var closed = fact.closedAt();
            if (fact.status() == TaskStatus.DONE && closed != null && !closed.isBefore(from) && closed.isBefore(to)) {
                done++;
                if (fact.createdAt() != null) {
                    daysToDone.add(ChronoUnit.DAYS.between(day(fact.createdAt()), day(closed)));
                }
            }
            var asOfStart = asOf.atStartOfDay(Formats.ZONE).toInstant();
            var openThen = fact.createdAt() != null && fact.createdAt().isBefore(asOfStart)
                    && (closed == null ? fact.status().isOpen() : !closed.isBefore(asOfStart));
            if (openThen && fact.due() != null && fact.due().isBefore(asOf)) {
                overdue++;
            }
        }

        Row row(String label) {
            return Row.of(label, created, done, overdue, median(daysToDone));
        }

        private static LocalDate day(Instant instant) {
            return instant.atZone(Formats.ZONE).toLocalDate();
        }
    }

    /** The median; 0 when nothing was done (the table says so in its note). */
    static double median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        var sorted = values.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
