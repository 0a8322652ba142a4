package de.arbeitsgruppe.portal.task;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@link TaskReviewSheet}s: ids added in one atomic step, so two people recording at once lose none. */
@Component
class TaskReviewSheets {

    private final MongoTemplate mongo;

    TaskReviewSheets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void add(String meetingId, String workingGroupId, Collection<String> taskIds) {
        var update = new Update().set("workingGroupId", workingGroupId).addToSet("taskIds").each(taskIds.toArray());
        mongo.upsert(new Query(Criteria.where("_id").is(meetingId)), update, TaskReviewSheet.class);
    }

    List<String> taskIds(String meetingId, String workingGroupId) {
        var sheet = mongo.findById(meetingId, TaskReviewSheet.class);
        return sheet == null || !workingGroupId.equals(sheet.getWorkingGroupId()) ? List.of()
                : List.copyOf(sheet.getTaskIds());
    }
}
