package de.arbeitsgruppe.portal.task;

import java.time.Instant;
import java.time.LocalDate;

/** What the leadership report counts of a task: whose it is, where it stands and its dates. */
public record TaskFact(String ownerOrganisationId, String ownerOrganisationName, TaskStatus status, LocalDate due,
        Instant createdAt, Instant closedAt) {

    /** Tasks read for one report at most: far more than a busy group creates in several years. */
    public static final int LIMIT = 50_000;
}
