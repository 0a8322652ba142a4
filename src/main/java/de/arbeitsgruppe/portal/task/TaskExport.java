package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The list of all tasks as filtered on the page, as a CSV file for a spreadsheet. */
@Service
public class TaskExport {

    /** Rows of the CSV file at most: far more than anyone reads in a spreadsheet. */
    public static final int MAX_EXPORT = 10_000;
    static final String[] COLUMNS = {"title", "owner", "organisation", "due", "overdue", "priority", "status",
        "reason", "origin", "decision", "interface", "topic"};

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final PortalTranslations translations;
    private final Clock clock;

    TaskExport(MongoTemplate mongo, CurrentUser currentUser, PortalTranslations translations, Clock clock) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The tasks the filter finds, in its order and the user's language: semicolons and a byte-order
     * mark, as German Excel expects; at most {@link #MAX_EXPORT} rows, and a last line that says so
     * when the list was cut.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public void csv(TaskFilter filter, Writer out) {
        var user = currentUser.require();
        var today = LocalDate.now(clock);
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, format);
            csv.printRecord(Stream.of(COLUMNS).map(column -> text(user, "task.list.column." + column)).toList());
            var rows = 0;
            var query = TaskQueries.query(filter, user, today).limit(MAX_EXPORT);
            query.fields().exclude("comments", "reviews");
            try (Stream<Task> tasks = mongo.stream(query, Task.class)) {
                for (var iterator = tasks.iterator(); iterator.hasNext(); rows++) {
                    csv.printRecord(row(iterator.next(), user, today));
                }
            }
            if (rows >= MAX_EXPORT) {
                // said in the file itself, so nobody takes a cut list for all tasks
                csv.printRecord(text(user, "task.list.csv.cutOff", MAX_EXPORT));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object[] row(Task task, PortalUser user, LocalDate today) {
        var origin = task.getOrigin();
        var originText = origin != null && origin.isEvaluation()
                ? text(user, "task.detail.originEvaluation", origin.getEvaluationTitle(), origin.getPointText())
                : origin == null || origin.getMeetingTitle() == null ? ""
                : origin.getMeetingStart() == null ? origin.getMeetingTitle()
                : text(user, "task.list.origin", origin.getMeetingTitle(),
                        Formats.date(origin.getMeetingStart().atZone(Formats.ZONE).toLocalDate()));
        return SpreadsheetCells.of(task.getTitle(), task.isOwnedByOrganisation() ? text(user, "task.list.wholeOrganisation") : task.getOwnerName(),
                task.getOwnerOrganisationName(), task.dueText(),
                task.isOverdue(today) ? text(user, "task.list.overdue") : "",
                task.getPriority() == null ? "" : text(user, task.getPriority().translationKey()),
                task.getStatus() == null ? "" : text(user, task.getStatus().translationKey()),
                task.getStatusReason(), originText, origin == null ? "" : origin.getDecisionNumber(),
                task.getContactInterface() == null ? "" : text(user, task.getContactInterface().translationKey()),
                task.getTopic() == null ? "" : text(user, task.getTopic().translationKey()));
    }

    private String text(PortalUser user, String key, Object... parameters) {
        return translations.getTranslation(key, user.locale(), parameters);
    }
}
