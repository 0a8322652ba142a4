package de.arbeitsgruppe.portal.task;

import java.time.Instant;
import java.time.LocalDate;

/** New documents of the task module for tests outside its package, e.g. the audit coverage. */
public final class TaskSamples {

    private TaskSamples() {
    }

    public static Task task(String suffix) {
        var task = new Task("Probe " + suffix, LocalDate.now().plusDays(7));
        task.setOwner(null, "org-agentur-musterstadt");
        task.assignTo(null, "org-agentur-musterstadt", "Agentur für Arbeit Musterstadt", null, null, null);
        task.created("ag-musterstadt", "audit-probe", Instant.now());
        return task;
    }

    public static TaskMailChoices mailChoices(String suffix) {
        return new TaskMailChoices("audit-probe-" + suffix, "ag-musterstadt");
    }
}
