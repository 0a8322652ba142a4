package de.arbeitsgruppe.portal.task;

/**
 * How many open tasks of an organisation are overdue.
 *
 * @param organisationId the owner organisation, for the filtered list of tasks
 * @param organisationName its name as the tasks copied it
 */
public record OverdueCount(String organisationId, String organisationName, long count) {

    /** More organisations than a working group has: the office's card lists them all. */
    static final int LIMIT = 100;
}
