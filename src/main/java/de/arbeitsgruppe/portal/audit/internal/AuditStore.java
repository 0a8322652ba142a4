package de.arbeitsgruppe.portal.audit.internal;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Where the trail lives: one collection holding the entries (inserted once, never updated) and the
 * lists of {@link TrailIndex} that find them. Entries and lists share the collection so that an entry
 * and all its list places are written in a single bulk write — one round trip per change, which is
 * what auditing costs a save. Entry ids start with a digit (the time), list ids with a letter.
 */
@Component
public class AuditStore {

    public static final String COLLECTION = "auditTrail";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final ObjectProvider<MongoTemplate> mongo;

    // through a provider: the trail is written from inside MongoTemplate's own save events
    AuditStore(ObjectProvider<MongoTemplate> mongo) {
        this.mongo = mongo;
    }

    /** Inserts the entry and files it under its record and in its day bucket, in one round trip. */
    public void append(AuditEntry entry) {
        var template = mongo.getObject();
        var document = new Document();
        template.getConverter().write(entry, document);
        var writes = new ArrayList<WriteModel<Document>>();
        writes.add(new InsertOneModel<>(document));
        var lists = new Document();
        TrailIndex.listNames(entry).forEach(name -> lists.append("lists." + name, entry.id()));
        writes.add(new UpdateOneModel<>(Filters.eq("_id", TrailIndex.bucketId(entry)),
                new Document("$push", lists).append("$setOnInsert", new Document("day", TrailIndex.dayOf(entry).toString())),
                new UpdateOptions().upsert(true)));
        var recordList = TrailIndex.recordListId(entry);
        if (recordList != null) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", recordList), new Document("$push", new Document("ids", entry.id())),
                    new UpdateOptions().upsert(true)));
        }
        // unordered: a bucket that cannot take another id (MongoDB's 16 MB per document) must not keep
        // the entry out of its record's list; an entry that could not be inserted (a duplicate id,
        // practically impossible) is merely not found under the ids its lists hold
        template.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** The entries with these ids, newest first. */
    public List<AuditEntry> entries(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = mongo.getObject().find(Query.query(Criteria.where("_id").in(ids)), AuditEntry.class, COLLECTION);
        return found.stream().sorted(Comparator.comparing(AuditEntry::id).reversed()).toList();
    }

    /** The ids of a record's entries, oldest first. */
    public List<String> recordList(String recordListId) {
        var list = mongo.getObject().getCollection(COLLECTION).find(Filters.eq("_id", recordListId)).first();
        return list == null ? List.of() : list.getList("ids", String.class, List.of());
    }

    /**
     * The ids on the named list of each of these days, newest first per day; days without any are
     * missing. Only that list is read from each bucket.
     */
    public Map<LocalDate, List<String>> dayLists(String workingGroupId, Collection<LocalDate> days, String listName) {
        var bucketIds = days.stream().flatMap(day -> TrailIndex.bucketIds(workingGroupId, day).stream()).toList();
        var byDay = new HashMap<LocalDate, List<String>>();
        var buckets = mongo.getObject().getCollection(COLLECTION).find(Filters.in("_id", bucketIds))
                .projection(new Document("day", 1).append("lists." + listName, 1));
        for (Document bucket : buckets) {
            var lists = bucket.get("lists", Document.class);
            var ids = lists == null ? null : lists.getList(listName, String.class);
            if (ids != null) {
                byDay.computeIfAbsent(LocalDate.parse(bucket.getString("day")), day -> new ArrayList<>()).addAll(ids);
            }
        }
        byDay.values().forEach(ids -> ids.sort(Comparator.reverseOrder()));
        return byDay;
    }

    /**
     * The retention job's own path, the only one that removes entries: every entry of the days before
     * {@code firstKept}, their day buckets, and their ids from the record lists.
     */
    public long removeDaysBefore(LocalDate firstKept) {
        var template = mongo.getObject();
        // only day buckets have a day
        var oldBuckets = Query.query(Criteria.where("day").lt(firstKept.toString()));
        var ids = new ArrayList<String>();
        var all = "lists." + TrailIndex.ALL;
        template.getCollection(COLLECTION).find(oldBuckets.getQueryObject()).projection(new Document(all, 1))
                .forEach(bucket -> {
                    var lists = bucket.get("lists", Document.class);
                    ids.addAll(lists == null ? List.of() : lists.getList(TrailIndex.ALL, String.class, List.of()));
                });
        for (int from = 0; from < ids.size(); from += 1000) {
            var batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            template.remove(Query.query(Criteria.where("_id").in(batch)), COLLECTION);
            template.updateMulti(Query.query(Criteria.where("ids").in(batch)), new Update().pullAll("ids", batch.toArray()), COLLECTION);
        }
        template.remove(oldBuckets, COLLECTION);
        template.remove(Query.query(Criteria.where("ids").size(0)), COLLECTION);
        // entries no list names (an append that failed half-way) go by their id, which starts with the
        // time; list ids start with a letter and sort after every entry id (a scan, once a night)
        var firstKeptId = firstKept.atStartOfDay(Formats.ZONE).withZoneSameInstant(ZoneOffset.UTC).format(ID_TIME);
        var orphans = template.remove(Query.query(Criteria.where("_id").lt(firstKeptId)), COLLECTION).getDeletedCount();
        return ids.size() + orphans;
    }
}
