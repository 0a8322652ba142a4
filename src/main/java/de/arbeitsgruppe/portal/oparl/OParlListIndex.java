package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Each node's copy of the list entries of one type (id and times, no content), so that a list page is
 * filtered and cut in memory and only its own hundred objects are read, by {@code _id}: the embedded
 * database ignores ordinary indexes and would read a type's whole collection for every page (16,000
 * agenda items: over 100 ms). As with the catalogue's copy, the copy is never the truth: every write
 * of the projection stores a new random stamp per body after the object, each page reads the stamp
 * (one read by {@code _id}) and a node whose copy carries another stamp reads the entries anew. Stamps
 * are never reused, so the last write always differs from what any node read before it; no counter,
 * so no update operation beside the audit trail. Read anew after {@link #MAX_AGE} anyway.
 */
@Component
class OParlListIndex {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Comparator<Entry> STABLE = Comparator.comparing(Entry::created).thenComparing(Entry::id);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ConcurrentHashMap<String, Copy> copies = new ConcurrentHashMap<>();

    OParlListIndex(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The entries of a list in their stable order (created, then id), deleted ones included. */
    List<Entry> entries(OParlType type, String body) {
        var stamp = stamp(body);
        var key = type + "@" + body;
        var now = clock.instant();
        return copies.compute(key, (ignored, old) -> old != null && old.stamp().equals(stamp)
                && old.readAt().plus(MAX_AGE).isAfter(now) ? old : read(type, body, stamp, now)).entries();
    }

    /** Tells every node that a list of the body changed; call after the change is written. */
    void changed(String body) {
        mongo.save(new Stamp(body, UUID.randomUUID().toString()));
    }

    private String stamp(String body) {
        var stored = mongo.findById(body, Stamp.class);
        return stored == null ? "" : stored.stamp;
    }

    private Copy read(OParlType type, String body, String stamp, Instant now) {
        var query = new Query(Criteria.where("body").is(body));
        query.fields().include("_id", "created", "modified", "deleted");
        var entries = mongo.find(query, OParlObject.class, type.collection()).stream()
                .map(object -> new Entry(object.getId(), object.getCreated(), object.getModified(), object.isDeleted()))
                .sorted(STABLE).toList();
        return new Copy(stamp, now, entries);
    }

    record Entry(String id, Instant created, Instant modified, boolean deleted) {
    }

    private record Copy(String stamp, Instant readAt, List<Entry> entries) {
    }

    @Document("oparlStamps")
    @NotAudited("a random mark per body that tells the nodes to read the OParl lists anew, no record")
    static class Stamp {

        @Id
        private String body;
        private String stamp;

        Stamp() {
        }

        Stamp(String body, String stamp) {
            this.body = body;
            this.stamp = stamp;
        }
    }
}
