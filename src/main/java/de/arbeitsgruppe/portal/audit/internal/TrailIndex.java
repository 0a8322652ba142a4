package de.arbeitsgruppe.portal.audit.internal;

import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where an entry is listed, so that every question of the pages is a lookup by {@code _id}: the
 * embedded database ignores ordinary indexes and would read every entry for each question, and a
 * real MongoDB answers an {@code _id} just as fast.
 *
 * <ul>
 * <li>A <b>record list</b> per record: the ids of its entries, for its "Verlauf".</li>
 * <li>A <b>day bucket</b> per working group, day and shard, holding one list per combination of the
 * admin page's filters that the entry matches — all entries, by person, by person and event, … — so
 * that any combination of filters reads its own list and nothing else, however rare it is.</li>
 * </ul>
 * Both are written with the entry in one round trip (see {@link AuditStore#append}).
 */
public final class TrailIndex {

    /**
     * Each day is split into this many buckets, picked by the entry's id: appending rewrites the
     * whole document on the embedded server, so a day with thousands of changes (an import) would
     * otherwise grow one document ever larger with every entry.
     */
    public static final int SHARDS = 8;
    /** The list of all entries of a bucket. */
    public static final String ALL = "all";
    static final String BUCKET = "day";
    static final String RECORD = "record";
    private static final String SEPARATOR = "|";

    private TrailIndex() {
    }

    /** A filter of the admin page: its name in list names, and the entry's value for it. */
    public enum Dimension {
        ACTOR("actor"), ORGANISATION("org"), RECORD_TYPE("type"), KIND("kind");

        private final String key;

        Dimension(String key) {
            this.key = key;
        }

        String valueOf(AuditEntry entry) {
            return switch (this) {
                // a name typed at a failed login that belongs to no account gets no list of its own:
                // anyone can type millions of names, which would grow a day's buckets without end
                case ACTOR -> entry.actor().isAccount() ? entry.actor().username() : null;
                case ORGANISATION -> entry.actor().organisationId();
                case RECORD_TYPE -> entry.recordType();
                case KIND -> entry.kind().name();
            };
        }
    }

    public static String recordListId(String workingGroupId, String type, String recordId) {
        return join(RECORD, workingGroupId, type, recordId);
    }

    public static String recordListId(AuditEntry entry) {
        return entry.recordType() == null ? null : recordListId(entry.workingGroupId(), entry.recordType(), entry.recordId());
    }

    public static String bucketId(String workingGroupId, LocalDate day, int shard) {
        return join(BUCKET, workingGroupId, day.toString(), Integer.toString(shard));
    }

    public static String bucketId(AuditEntry entry) {
        return bucketId(entry.workingGroupId(), dayOf(entry), shardOf(entry.id()));
    }

    /** Every bucket of one day. */
    static List<String> bucketIds(String workingGroupId, LocalDate day) {
        return IntStream.range(0, SHARDS).mapToObj(shard -> bucketId(workingGroupId, day, shard)).toList();
    }

    public static LocalDate dayOf(AuditEntry entry) {
        return entry.at().atZone(Formats.ZONE).toLocalDate();
    }

    static int shardOf(String entryId) {
        return Math.floorMod(entryId.hashCode(), SHARDS);
    }

    /**
     * The name of the list for these chosen filters ({@link #ALL} for none), e.g.
     * {@code actor=m%2Emueller&kind=CREATED}. Values are escaped so that a name never holds a dot or
     * a dollar sign, which MongoDB would read as a path or an operator.
     */
    public static String listName(Map<Dimension, String> chosen) {
        var name = new StringBuilder();
        for (Dimension dimension : Dimension.values()) {
            var value = chosen.get(dimension);
            if (value != null) {
                name.append(name.isEmpty() ? "" : "&").append(dimension.key).append('=').append(escape(value));
            }
        }
        return name.isEmpty() ? ALL : name.toString();
    }

    /** The names of every list the entry belongs on: one per combination of the filters it has a value for. */
    public static List<String> listNames(AuditEntry entry) {
        var values = new LinkedHashMap<Dimension, String>();
        for (Dimension dimension : Dimension.values()) {
            var value = dimension.valueOf(entry);
            if (value != null) {
                values.put(dimension, value);
            }
        }
        var dimensions = new ArrayList<>(values.keySet());
        var names = new ArrayList<String>();
        for (int subset = 0; subset < 1 << dimensions.size(); subset++) {
            var chosen = new LinkedHashMap<Dimension, String>();
            for (int bit = 0; bit < dimensions.size(); bit++) {
                if ((subset & 1 << bit) != 0) {
                    chosen.put(dimensions.get(bit), values.get(dimensions.get(bit)));
                }
            }
            names.add(listName(chosen));
        }
        return names;
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace(".", "%2E").replace("$", "%24").replace("&", "%26").replace("=", "%3D");
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
