package de.arbeitsgruppe.portal.audit.internal;

import de.arbeitsgruppe.portal.audit.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a trail written by an earlier version (entries in {@code auditEntries}, index documents in
 * {@code auditIndex}) into {@link AuditStore#COLLECTION} at start, once across nodes (a lock), and
 * drops the old collections: otherwise the history would vanish from the pages and the old entries
 * would outlive the retention period unseen. Safe to repeat: an entry already moved is skipped.
 */
@Component
class LegacyTrailMigration implements ApplicationRunner {

    static final String OLD_ENTRIES = "auditEntries";
    static final String OLD_INDEX = "auditIndex";
    private static final Logger log = LoggerFactory.getLogger(LegacyTrailMigration.class);

    private final MongoTemplate mongo;
    private final AuditStore store;
    private final LockProvider locks;

    LegacyTrailMigration(MongoTemplate mongo, AuditStore store, LockProvider locks) {
        this.mongo = mongo;
        this.store = store;
        this.locks = locks;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            if (mongo.collectionExists(OLD_ENTRIES) || mongo.collectionExists(OLD_INDEX)) {
                new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) this::migrate,
                        new LockConfiguration(Instant.now(), "audit-legacy-migration", Duration.ofHours(1), Duration.ZERO));
            }
        } catch (RuntimeException e) {
            // the portal works without it; the next start tries again
            log.error("Audit trail of an earlier version could not be moved yet", e);
        }
    }

    void migrate() {
        long moved = 0;
        if (mongo.collectionExists(OLD_ENTRIES)) {
            var trail = mongo.getCollection(AuditStore.COLLECTION);
            for (Document old : mongo.getCollection(OLD_ENTRIES).find()) {
                if (trail.find(new Document("_id", old.get("_id"))).first() == null) {
                    store.append(mongo.getConverter().read(AuditEntry.class, old));
                    moved++;
                }
            }
            mongo.dropCollection(OLD_ENTRIES);
        }
        mongo.dropCollection(OLD_INDEX);
        log.info("Audit trail: moved {} entries of an earlier version into {}", moved, AuditStore.COLLECTION);
    }
}
