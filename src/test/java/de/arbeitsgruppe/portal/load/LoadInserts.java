package de.arbeitsgruppe.portal.load;

import java.util.ArrayList;
import java.util.Collection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Documents straight into their collection in batches, as the repositories would have written them
 * (converted by the application's own converter, a new aggregate at version 0). Past the audit
 * trail's listener on purpose: through {@code MongoTemplate.insert} it writes an entry per document
 * and the seed of 20 working groups takes many minutes instead of seconds.
 */
public final class LoadInserts {

    private static final int BATCH = 2_000;

    private LoadInserts() {
    }

    public static int insert(MongoTemplate mongo, Collection<?> entities, Class<?> type) {
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        var version = entity.hasVersionProperty() ? entity.getRequiredVersionProperty().getFieldName() : null;
        var collection = mongo.getCollection(entity.getCollection());
        var batch = new ArrayList<Document>();
        for (Object each : entities) {
            var document = new Document();
            mongo.getConverter().write(each, document);
            if (version != null) {
                document.putIfAbsent(version, 0L);
            }
            batch.add(document);
            if (batch.size() == BATCH) {
                collection.insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
        return entities.size();
    }
}
