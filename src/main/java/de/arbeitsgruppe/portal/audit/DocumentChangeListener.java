package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Records every save and delete that goes through Spring Data (repositories and MongoTemplate), in
 * every module, without code in that module: the stored document is read before the save and
 * compared with the new one after it succeeded. A save that fails (a conflict) records nothing.
 * What a save or delete leaves to do is kept per thread between its two events only.
 */
@Component
class DocumentChangeListener extends AbstractMongoEventListener<Object> {

    private final ThreadLocal<Map<Document, Document>> storedBeforeSave = ThreadLocal.withInitial(IdentityHashMap::new);
    private final ThreadLocal<Map<Document, List<Document>>> storedBeforeDelete = ThreadLocal.withInitial(IdentityHashMap::new);

    private final ObjectProvider<MongoTemplate> mongo;
    private final AuditRecorder recorder;
    private final DocumentDiff diff;

    DocumentChangeListener(ObjectProvider<MongoTemplate> mongo, AuditRecorder recorder, MongoMappingContext mapping) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.diff = new DocumentDiff(mapping);
    }

    static boolean isAudited(String collection) {
        return collection != null && !collection.equals(AuditStore.COLLECTION) && !collection.startsWith("shedLock");
    }

    static boolean isAudited(Class<?> type, String collection) {
        return isAudited(collection) && (type == null || !type.isAnnotationPresent(NotAudited.class));
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        var document = event.getDocument();
        if (!isAudited(event.getSource().getClass(), event.getCollectionName()) || document == null
                || document.get("_id") == null) {
            return;
        }
        var stored = collection(event.getCollectionName()).find(new Document("_id", document.get("_id"))).first();
        if (stored != null) {
            var pending = storedBeforeSave.get();
            if (pending.size() > 32) {
                pending.clear(); // left over from saves that failed
            }
            pending.put(document, stored);
        }
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        var document = event.getDocument();
        if (!isAudited(event.getSource().getClass(), event.getCollectionName()) || document == null) {
            return;
        }
        var before = storedBeforeSave.get().remove(document);
        var after = asStored(document);
        var changes = diff.between(event.getSource().getClass(), before, after);
        if (before != null && changes.isEmpty()) {
            return;
        }
        recorder.change(before == null ? AuditKind.CREATED : AuditKind.CHANGED, after.getString("workingGroupId"),
                event.getCollectionName(), String.valueOf(after.get("_id")), DocumentDiff.label(after), changes);
    }

    @Override
    public void onBeforeDelete(BeforeDeleteEvent<Object> event) {
        var query = event.getDocument();
        if (!isAudited(event.getType(), event.getCollectionName()) || query == null) {
            return;
        }
        var doomed = collection(event.getCollectionName()).find(query).into(new ArrayList<>());
        var pending = storedBeforeDelete.get();
        if (pending.size() > 32) {
            pending.clear();
        }
        pending.put(query, doomed);
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<Object> event) {
        var deleted = storedBeforeDelete.get().remove(event.getDocument());
        if (deleted == null) {
            return;
        }
        for (Document document : deleted) {
            recorder.change(AuditKind.DELETED, document.getString("workingGroupId"), event.getCollectionName(),
                    String.valueOf(document.get("_id")), DocumentDiff.label(document),
                    diff.between(event.getType(), document, null));
        }
    }

    private com.mongodb.client.MongoCollection<Document> collection(String name) {
        return mongo.getObject().getCollection(name);
    }

    /**
     * The document as the database returns it: before encoding it may still hold Java dates and
     * enums, which would never equal what was read back.
     */
    private Document asStored(Document document) {
        var registry = mongo.getObject().getDb().getCodecRegistry();
        var bson = document.toBsonDocument(Document.class, registry);
        return new DocumentCodec(registry).decode(new BsonDocumentReader(bson), DecoderContext.builder().build());
    }
}
