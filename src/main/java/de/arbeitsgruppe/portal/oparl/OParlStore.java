package de.arbeitsgruppe.portal.oparl;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The projection's documents, one collection per type. Reads by id use the unique index on
 * {@code _id}; a list page is in the order of creation (created, then id), which never changes, so
 * pages stay stable while objects change.
 */
@Component
class OParlStore {

    private final MongoTemplate mongo;
    private final OParlListIndex index;

    OParlStore(MongoTemplate mongo, OParlListIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    /**
     * The index the full runs and the copies of the list entries ask for. The collections have no
     * mapped document class (one class, seven collections), so nothing creates it automatically. A real
     * MongoDB uses it; the embedded server ignores it and reads the type's collection.
     */
    @PostConstruct
    void createIndexes() {
        for (OParlType type : OParlType.values()) {
            if (type.stored()) {
                mongo.indexOps(type.collection()).createIndex(new Index().on("body", Sort.Direction.ASC)
                        .on("deleted", Sort.Direction.ASC).on("created", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                        .named("body_list"));
            }
        }
    }

    Optional<OParlObject> find(OParlType type, String path) {
        return Optional.ofNullable(mongo.findById(path, OParlObject.class, type.collection()));
    }

    List<OParlObject> findAll(OParlType type, Collection<String> paths) {
        return paths.isEmpty() ? List.of()
                : mongo.find(new Query(Criteria.where("_id").in(paths)), OParlObject.class, type.collection());
    }

    /** Ids of the objects of a body that are published now (not deleted): what a full run compares against. */
    List<String> publishedIds(OParlType type, String body) {
        var query = new Query(Criteria.where("body").is(body).and("deleted").is(false));
        query.fields().include("_id");
        return mongo.find(query, OParlObject.class, type.collection()).stream().map(OParlObject::getId).toList();
    }

    /**
     * One page of a list and how many objects the whole list has: filtered and cut from this node's
     * copy of the entries ({@link OParlListIndex}), then the page's objects read by id. Deleted objects
     * only when asked for (the specification: with {@code modified_since} only).
     */
    ListPage page(OParlType type, String body, OParlFilter filter, int page, int size) {
        var matching = index.entries(type, body).stream()
                .filter(entry -> filter.includesDeleted() || !entry.deleted())
                .filter(entry -> within(entry.created(), filter.createdSince(), filter.createdUntil()))
                .filter(entry -> within(entry.modified(), filter.modifiedSince(), filter.modifiedUntil()))
                .toList();
        var wanted = matching.stream().skip((long) (page - 1) * size).limit(size)
                .map(OParlListIndex.Entry::id).toList();
        var found = findAll(type, wanted).stream()
                .collect(java.util.stream.Collectors.toMap(OParlObject::getId, object -> object));
        return new ListPage(wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList(),
                matching.size());
    }

    /** @param total the objects of the whole list with its filters */
    record ListPage(List<OParlObject> objects, int total) {
    }

    /** Saves the object, then tells every node's list copy ({@link OParlListIndex}). */
    OParlObject save(OParlObject object) {
        var saved = mongo.save(object, object.getType().collection());
        index.changed(object.getBody());
        return saved;
    }

    private static boolean within(Instant value, Instant since, Instant until) {
        return (since == null || !value.isBefore(since)) && (until == null || !value.isAfter(until));
    }
}
