package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An open task as the lists ask for it, see {@link OpenTaskIndex}. The fields carry the names of
 * {@link Task}'s, so that one query fits both collections.
 */
@Document("openTasks")
@NotAudited("a copy of the open tasks' list fields, kept in step with every save of a task; the task itself is audited")
class OpenTaskEntry {

    @Id
    private String id;
    /** The task's version the entry copies: an older copy never replaces a newer one. */
    private Long version;
    private String workingGroupId;
    private String title;
    private String ownerContactId;
    private String ownerOrganisationId;
    private String ownerUsername;
    private String ownerName;
    private String ownerOrganisationName;
    private LocalDate due;
    private TaskPriority priority;
    private int priorityRank;
    private TaskStatus status;
    private int statusRank;
    private boolean open;
    private ContactInterface contactInterface;
    private Topic topic;
    private Visibility visibility;
    private boolean recurring;
    private Origin origin;

    record Origin(String meetingId, Instant meetingStart) {
    }

    OpenTaskEntry() {
    }

    OpenTaskEntry(Task task) {
        id = task.getId();
        version = task.getVersion() == null ? 0L : task.getVersion();
        workingGroupId = task.getWorkingGroupId();
        title = task.getTitle();
        ownerContactId = task.getOwnerContactId();
        ownerOrganisationId = task.getOwnerOrganisationId();
        ownerUsername = task.getOwnerUsername();
        ownerName = task.getOwnerName();
        ownerOrganisationName = task.getOwnerOrganisationName();
        due = task.getDue();
        priority = task.getPriority();
        priorityRank = task.getPriority().ordinal();
        status = task.getStatus();
        statusRank = task.getStatus().ordinal();
        open = task.isOpen();
        contactInterface = task.getContactInterface();
        topic = task.getTopic();
        visibility = task.getVisibility();
        recurring = task.isRecurring();
        origin = task.getOrigin() == null ? null
                : new Origin(task.getOrigin().getMeetingId(), task.getOrigin().getMeetingStart());
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }
}
