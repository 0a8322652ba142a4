package de.arbeitsgruppe.portal.audit.internal;

import java.time.LocalDate;

/**
 * The id of one index document: a family (all entries, one record, one person, one organisation,
 * one record type, one kind), the working group, the value, and the day for all but records.
 */
public record IndexKey(String id, LocalDate day) {

    public static final String ALL = "all";
    static final String SEPARATOR = "|";

    public static IndexKey record(String workingGroupId, String type, String recordId) {
        return new IndexKey(join("record", workingGroupId, type, recordId), null);
    }

    public static IndexKey of(String family, String workingGroupId, String value, LocalDate day) {
        return new IndexKey(join(family, workingGroupId, value, day.toString()), day);
    }

    private static String join(String... parts) {
        var joined = new StringBuilder();
        for (String part : parts) {
            if (!joined.isEmpty()) {
                joined.append(SEPARATOR);
            }
            joined.append(part == null ? "" : part.replace(SEPARATOR, "/"));
        }
        return joined.toString();
    }
}
