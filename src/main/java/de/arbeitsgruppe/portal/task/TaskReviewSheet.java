package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which tasks a session went through under "Stand der Aufgaben", by the meeting's id: the session's
 * list keeps showing the tasks it closed, found by their ids rather than by reading every task.
 */
@Document("taskReviewSheets")
@NotAudited("the ids of the tasks a session went through; what was recorded for each is audited on the task")
class TaskReviewSheet {

    @Id
    private String meetingId;
    private String workingGroupId;
    private Set<String> taskIds = new LinkedHashSet<>();

    TaskReviewSheet() {
    }

    Set<String> getTaskIds() {
        return taskIds;
    }

    String getWorkingGroupId() {
        return workingGroupId;
    }
}
