package de.arbeitsgruppe.portal.meeting;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A counter per working group, in the database, raised after every save of one of its meetings. A
 * node that keeps something rendered from meetings (the public feed) reads it with one lookup by
 * {@code _id} (fast on the embedded server too, which serves no other index) and renders again when
 * it moved: a change on any node is seen by every node at once, and nothing shared lives in memory.
 */
@Component
class MeetingChangeMarker extends AbstractMongoEventListener<Meeting> {

    static final String COLLECTION = "meeting-change-markers";

    private final MongoTemplate mongo;

    MeetingChangeMarker(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The number of saves of the group's meetings so far (0 before the first). */
    long current(String workingGroupId) {
        var marker = mongo.findById(workingGroupId, Document.class, COLLECTION);
        return marker == null ? 0 : ((Number) marker.get("changes")).longValue();
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Meeting> event) {
        raise(event.getSource().getWorkingGroupId());
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<Meeting> event) {
        // meetings are cancelled, not deleted; a deletion by hand or by a later job still counts
        var group = event.getSource().get("workingGroupId");
        if (group instanceof String workingGroupId) {
            raise(workingGroupId);
        } else {
            mongo.updateMulti(new Query(), new Update().inc("changes", 1), COLLECTION);
        }
    }

    private void raise(String workingGroupId) {
        if (workingGroupId != null) {
            mongo.upsert(new Query(Criteria.where("_id").is(workingGroupId)), new Update().inc("changes", 1), COLLECTION);
        }
    }
}
