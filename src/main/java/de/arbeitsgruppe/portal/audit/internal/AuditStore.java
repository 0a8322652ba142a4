package de.arbeitsgruppe.portal.audit.internal;

import de.arbeitsgruppe.portal.audit.AuditEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Where the trail lives. Entries are inserted once and never updated. Next to them, small index
 * documents list the ids of the entries per record and per day and filter value, each found by its
 * {@code _id}: the embedded database ignores ordinary indexes and would read every entry for each
 * question, and a real MongoDB answers an {@code _id} just as fast. Days keep each index document
 * small, so appending to one stays cheap after years.
 */
@Component
public class AuditStore {

    public static final String ENTRIES = "auditEntries";
    public static final String INDEX = "auditIndex";

    private final ObjectProvider<MongoTemplate> mongo;

    // through a provider: the trail is written from inside MongoTemplate's own save events
    AuditStore(ObjectProvider<MongoTemplate> mongo) {
        this.mongo = mongo;
    }

    public void append(AuditEntry entry, Collection<IndexKey> keys) {
        var template = mongo.getObject();
        template.insert(entry, ENTRIES);
        var bulk = template.bulkOps(BulkOperations.BulkMode.UNORDERED, INDEX);
        for (IndexKey key : keys) {
            bulk.upsert(Query.query(Criteria.where("_id").is(key.id())),
                    new Update().push("ids", entry.id()).setOnInsert("day", key.day() == null ? null : key.day().toString()));
        }
        bulk.execute();
    }

    /** The entries with these ids, newest first. */
    public List<AuditEntry> entries(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = mongo.getObject().find(Query.query(Criteria.where("_id").in(ids)), AuditEntry.class, ENTRIES);
        return found.stream().sorted(Comparator.comparing(AuditEntry::id).reversed()).toList();
    }

    /** The ids listed under each of these keys, by key; keys without entries are missing. */
    public Map<String, List<String>> ids(Collection<IndexKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        var query = Query.query(Criteria.where("_id").in(keys.stream().map(IndexKey::id).toList()));
        return mongo.getObject().find(query, Document.class, INDEX).stream()
                .collect(Collectors.toMap(document -> document.getString("_id"),
                        document -> document.getList("ids", String.class, List.of())));
    }

    /**
     * The retention job's own path, the only one that removes entries: every entry of the days before
     * {@code firstKept}, their day documents, and their ids from the per-record lists.
     */
    public long removeDaysBefore(LocalDate firstKept) {
        var template = mongo.getObject();
        var oldDays = Query.query(Criteria.where("day").lt(firstKept.toString()));
        var ids = new ArrayList<String>();
        template.find(oldDays, Document.class, INDEX).stream()
                .filter(document -> document.getString("_id").startsWith(IndexKey.ALL + IndexKey.SEPARATOR))
                .forEach(document -> ids.addAll(document.getList("ids", String.class, List.of())));
        for (int from = 0; from < ids.size(); from += 1000) {
            var batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            template.remove(Query.query(Criteria.where("_id").in(batch)), ENTRIES);
            template.updateMulti(Query.query(Criteria.where("ids").in(batch).and("day").is(null)),
                    new Update().pullAll("ids", batch.toArray()), INDEX);
        }
        template.remove(oldDays, INDEX);
        template.remove(Query.query(Criteria.where("day").is(null).and("ids").size(0)), INDEX);
        // entries whose index write failed are listed nowhere: their ids start with the time, so
        // everything before the first kept day goes too (a scan, once a night)
        var firstKeptId = firstKept.atStartOfDay(de.arbeitsgruppe.portal.shared.Formats.ZONE)
                .withZoneSameInstant(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        var orphans = template.remove(Query.query(Criteria.where("_id").lt(firstKeptId)), ENTRIES).getDeletedCount();
        return ids.size() + orphans;
    }
}
