package de.arbeitsgruppe.portal.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.audit.AuditActor;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.AuditKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LegacyTrailMigrationIT {

    @Autowired
    LegacyTrailMigration migration;
    @Autowired
    AuditStore store;
    @Autowired
    MongoTemplate mongo;

    @Test
    void movesTheTrailOfAnEarlierVersionOnceAndDropsTheOldCollections() {
        var at = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        var recordId = "alt-" + UUID.randomUUID();
        var entry = new AuditEntry("20240101000000000-0000" + UUID.randomUUID().toString().substring(0, 6), "ag-musterstadt",
                at, AuditKind.CHANGED, new AuditActor("anna.koordination", "Anna Koordination", "org-landkreis-musterstadt",
                        "Landkreis Musterstadt"), "contacts", recordId, "Alter Eintrag",
                List.of(), null, null);
        var old = new Document();
        mongo.getConverter().write(entry, old);
        mongo.getCollection(LegacyTrailMigration.OLD_ENTRIES).insertOne(old);
        mongo.getCollection(LegacyTrailMigration.OLD_INDEX).insertOne(new Document("_id", "record|x").append("ids", List.of()));

        migration.run(null);
        migration.migrate();

        assertThat(store.recordList(TrailIndex.recordListId(entry))).containsExactly(entry.id());
        assertThat(store.entries(List.of(entry.id()))).containsExactly(entry);
        assertThat(mongo.collectionExists(LegacyTrailMigration.OLD_ENTRIES)).isFalse();
        assertThat(mongo.collectionExists(LegacyTrailMigration.OLD_INDEX)).isFalse();
    }
}
