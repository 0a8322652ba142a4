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
 * {@code _id}; a list page reads one type's collection in the order of creation (created, then id),
 * which never changes, so pages stay stable while objects change.
 */
@Component
class OParlStore {

    private static final Sort STABLE = Sort.by("created", "_id");

    private final MongoTemplate mongo;

    OParlStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The index a list page asks for. The collections have no mapped document class (one class, seven
     * collections), so nothing creates it automatically. A real MongoDB answers a page from it; the
     * embedded server ignores it and reads the type's collection (README, "Performance").
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
     * One page of a list, one more than asked for so the caller knows whether a next page exists.
     * Deleted objects only when asked for (the specification: with {@code modified_since} only).
     */
    List<OParlObject> page(OParlType type, String body, OParlFilter filter, int page, int size) {
        var criteria = Criteria.where("body").is(body);
        if (!filter.includesDeleted()) {
            criteria.and("deleted").is(false);
        }
        range(criteria, "created", filter.createdSince(), filter.createdUntil());
        range(criteria, "modified", filter.modifiedSince(), filter.modifiedUntil());
        var query = new Query(criteria).with(STABLE).skip((long) (page - 1) * size).limit(size + 1);
        return mongo.find(query, OParlObject.class, type.collection());
    }

    OParlObject save(OParlObject object) {
        return mongo.save(object, object.getType().collection());
    }

    private static void range(Criteria criteria, String field, Instant since, Instant until) {
        if (since != null && until != null) {
            criteria.and(field).gte(since).lte(until);
        } else if (since != null) {
            criteria.and(field).gte(since);
        } else if (until != null) {
            criteria.and(field).lte(until);
        }
    }
}
