package de.arbeitsgruppe.portal.task;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The open tasks, each as a small entry in a collection of its own, kept in step by every save of a
 * task. Almost every page asks for open tasks ("Meine Aufgaben", the start page, overdue ones, "Stand
 * der Aufgaben"), while the years' closed tasks are the bulk of the collection: the embedded database
 * reads every document of a collection for a query that no unique index answers, so the pages read
 * these few entries and then the tasks by their ids. A real MongoDB would use the tasks' own indexes
 * and not need this; it costs one small write per save there.
 * <p>
 * The entry is written after the task and carries its version, so that of two nodes saving the same
 * task in quick succession the older copy never wins. Should the database fail in between, the entry
 * is stale until the index is rebuilt, which every node does at its start and the nodes do once a
 * night; the pages never trust an entry further than its id: they read the tasks and check them
 * again (still open, still the user's to see).
 */
@Component
@Order(100)
class OpenTaskIndex implements AfterSaveCallback<Task>, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenTaskIndex.class);

    private final MongoTemplate mongo;

    /** Lazy: the template's converter asks for this callback while the template is being made. */
    OpenTaskIndex(@Lazy MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Task onAfterSave(Task task, Document document, String collection) {
        try {
            if (task.isOpen()) {
                write(new OpenTaskEntry(task));
            } else {
                var notNewer = new Criteria().orOperator(Criteria.where("version").lte(task.getVersion()),
                        Criteria.where("version").exists(false));
                mongo.remove(new Query(Criteria.where("_id").is(task.getId()).andOperator(notNewer)), OpenTaskEntry.class);
            }
        } catch (RuntimeException e) {
            // the task is saved: its user must not see an error for the index, which the rebuild repairs
            log.warn("Open-task index not updated for task {}; the next rebuild repairs it", task.getId(), e);
        }
        return task;
    }

    /** Writes the entry unless a newer copy of the task is there already. */
    private void write(OpenTaskEntry entry) {
        var fields = new Document();
        mongo.getConverter().write(entry, fields);
        fields.remove("_id");
        fields.remove("_class");
        var older = new Criteria().orOperator(Criteria.where("version").lt(entry.getVersion()),
                Criteria.where("version").exists(false));
        var olderOrNone = new Query(Criteria.where("_id").is(entry.getId()).andOperator(older));
        try {
            mongo.upsert(olderOrNone, Update.fromDocument(new Document("$set", fields)), OpenTaskEntry.class);
        } catch (DuplicateKeyException newerThere) {
            // the entry holds a newer version of the task: it stays
        }
    }

    /**
     * The ids of the open tasks the criteria find, in the order asked for. The criteria name fields of
     * {@link Task}; they must be among those {@link OpenTaskEntry} copies.
     */
    List<String> ids(Criteria criteria, Sort sort, long offset, int limit) {
        var query = new Query(criteria).with(sort).skip(offset).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, OpenTaskEntry.class).stream().map(OpenTaskEntry::getId).toList();
    }

    long count(Criteria criteria) {
        return mongo.count(new Query(criteria), OpenTaskEntry.class);
    }

    /** The tasks of the ids, in the order of the ids; by {@code _id} alone, which every database answers from its index. */
    List<Task> tasks(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new LinkedHashMap<String, Task>();
        mongo.find(new Query(Criteria.where("_id").in(ids)), Task.class).forEach(task -> byId.put(task.getId(), task));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild();
    }

    @Scheduled(cron = "${portal.tasks.index-rebuild-cron:0 15 2 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "openTaskIndex")
    void nightly() {
        rebuild();
    }

    /**
     * Makes the entries match the tasks again: every open task has its entry, no other task has one.
     * Nodes serve pages meanwhile: a task opened after the scan passed it is asked again before its
     * entry goes.
     */
    void rebuild() {
        // what the index holds, id → version: an entry already current is not written again at each start
        var indexed = new java.util.HashMap<String, Long>();
        var all = new Query();
        all.fields().include("_id").include("version");
        mongo.find(all, OpenTaskEntry.class).forEach(entry -> indexed.put(entry.getId(), entry.getVersion()));
        var openIds = new HashSet<String>();
        var written = 0;
        try (var open = mongo.stream(new Query(Criteria.where("open").is(true)), Task.class)) {
            for (var iterator = open.iterator(); iterator.hasNext(); ) {
                var entry = new OpenTaskEntry(iterator.next());
                openIds.add(entry.getId());
                if (!entry.getVersion().equals(indexed.get(entry.getId()))) {
                    write(entry);
                    written++;
                }
            }
        }
        var candidates = indexed.keySet().stream().filter(id -> !openIds.contains(id)).toList();
        var openedMeanwhile = candidates.isEmpty() ? List.<String>of()
                : mongo.find(new Query(Criteria.where("_id").in(candidates).and("open").is(true)), Task.class).stream()
                        .map(Task::getId).toList();
        var stale = candidates.stream().filter(id -> !openedMeanwhile.contains(id)).toList();
        if (!stale.isEmpty()) {
            mongo.remove(new Query(Criteria.where("_id").in(stale)), OpenTaskEntry.class);
        }
        log.info("Open-task index rebuilt: {} open tasks, {} entries written, {} stale entries removed", openIds.size(),
                written, stale.size());
    }
}
