package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each node's copy of the published offers without their long texts, so that a catalogue page is
 * filtered and counted in memory: the embedded database ignores ordinary indexes and would read all
 * offers for every page and every count. The copy is never the truth: a revision number per working
 * group in the database rises with every change of the catalogue (on any node), each page asks it
 * (one read by {@code _id}) and a node whose copy is older reads the catalogue anew. A change writes
 * its offer before it raises the revision, so a node that sees the new revision reads the change too.
 * A copy is also read anew after {@link #MAX_AGE}, should a raise have failed after its write.
 */
@Component
class CatalogueSnapshots {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    /** The long texts, which only the detail page shows: left out of the copy to keep it small. */
    private static final List<String> LONG_TEXTS = List.of("description", "eligibility", "accessibility",
            "registration", "registrationUrl", "contactName", "contactPhone", "contactEmail", "venue", "street",
            "postalCode", "costs", "helpLanguages", "fundings");

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ConcurrentHashMap<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    CatalogueSnapshots(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The published offers of the group as this node last read them (read anew if they changed), in
     * the order asked for on that day: each order is sorted once per copy and day, not on every page.
     */
    List<CatalogueOffer> current(String workingGroupId, OfferSort sort, LocalDate today) {
        var snapshot = snapshot(workingGroupId);
        return snapshot.sorted().computeIfAbsent(sort + "@" + today, key -> {
            var sorted = new ArrayList<>(snapshot.offers());
            sorted.sort(CatalogueMatch.order(sort, today));
            return List.copyOf(sorted);
        });
    }

    /** The published offers of the group as this node last read them, read anew if they changed. */
    List<CatalogueOffer> current(String workingGroupId) {
        return snapshot(workingGroupId).offers();
    }

    private Snapshot snapshot(String workingGroupId) {
        var revision = revision(workingGroupId);
        var now = clock.instant();
        var snapshot = snapshots.get(workingGroupId);
        if (snapshot != null && snapshot.revision() == revision && snapshot.readAt().plus(MAX_AGE).isAfter(now)) {
            return snapshot;
        }
        return snapshots.compute(workingGroupId, (group, old) -> old != null && old.revision() == revision
                && old.readAt().plus(MAX_AGE).isAfter(now) ? old : read(group, revision, now));
    }

    /** Tells every node that the catalogue of the group changed; call after the change is written. */
    void changed(String workingGroupId) {
        mongo.findAndModify(new Query(Criteria.where("_id").is(workingGroupId)), new Update().inc("revision", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), CatalogueRevision.class);
    }

    private long revision(String workingGroupId) {
        var stored = mongo.findById(workingGroupId, CatalogueRevision.class);
        return stored == null ? 0 : stored.revision;
    }

    private Snapshot read(String workingGroupId, long revision, Instant now) {
        var query = new Query(Criteria.where("workingGroupId").is(workingGroupId).and("withdrawn").ne(true));
        LONG_TEXTS.forEach(field -> query.fields().exclude("details." + field));
        return new Snapshot(revision, now, List.copyOf(mongo.find(query, CatalogueOffer.class)),
                new ConcurrentHashMap<>());
    }

    /** @param sorted the offers in each order asked for so far, by order and day; a day's few keys at most */
    private record Snapshot(long revision, Instant readAt, List<CatalogueOffer> offers,
            ConcurrentHashMap<String, List<CatalogueOffer>> sorted) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("catalogueRevisions")
    @NotAudited("a counter that tells the nodes to read the catalogue anew")
    static class CatalogueRevision {
        @Id
        String id;
        long revision;
    }
}
