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

    /**
     * Each day's list is split into this many shards, picked by the entry's id: appending rewrites
     * the whole document on the embedded server, so a day with thousands of changes (an import)
     * would otherwise grow one document ever larger with every entry.
     */
    public static final int SHARDS = 16;

    public static IndexKey of(String family, String workingGroupId, String value, LocalDate day, int shard) {
        return new IndexKey(join(family, workingGroupId, value, day.toString(), Integer.toString(shard)), day);
    }

    /** The shard an entry's id belongs to. */
    public static int shardOf(String entryId) {
        return Math.floorMod(entryId.hashCode(), SHARDS);
    }

    /** The documents of one day and value, all shards. */
    public static java.util.List<IndexKey> allShards(String family, String workingGroupId, String value, LocalDate day) {
        return java.util.stream.IntStream.range(0, SHARDS).mapToObj(shard -> of(family, workingGroupId, value, day, shard)).toList();
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
