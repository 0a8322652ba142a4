package de.arbeitsgruppe.portal.task;

import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How one person wants to hear about tasks, per kind of mail. The id is the login name, so the
 * choices are found by the unique {@code _id} from every job and every node. One field per kind, so
 * that the "Verlauf" names each change in words. Someone without a stored choice gets everything at
 * once.
 */
@Document("taskMailSettings")
public class TaskMailChoices {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private TaskMailTiming assignedToMe = TaskMailTiming.AT_ONCE;
    private TaskMailTiming assignedToMyOrganisation = TaskMailTiming.AT_ONCE;
    private TaskMailTiming commentOnMyTask = TaskMailTiming.AT_ONCE;
    private TaskMailTiming dueSoon = TaskMailTiming.AT_ONCE;
    private TaskMailTiming overdue = TaskMailTiming.AT_ONCE;

    public TaskMailChoices() {
    }

    TaskMailChoices(String username, String workingGroupId) {
        this.id = username;
        this.workingGroupId = workingGroupId;
    }

    public TaskMailTiming timing(TaskMailKind kind) {
        var chosen = switch (kind) {
            case ASSIGNED_TO_ME -> assignedToMe;
            case ASSIGNED_TO_MY_ORGANISATION -> assignedToMyOrganisation;
            case COMMENT_ON_MY_TASK -> commentOnMyTask;
            case DUE_SOON -> dueSoon;
            case OVERDUE -> overdue;
        };
        return chosen == null || (chosen == TaskMailTiming.OFF && !kind.maySwitchOff()) ? TaskMailTiming.AT_ONCE : chosen;
    }

    public void choose(TaskMailKind kind, TaskMailTiming timing) {
        Objects.requireNonNull(timing);
        switch (kind) {
            case ASSIGNED_TO_ME -> assignedToMe = timing;
            case ASSIGNED_TO_MY_ORGANISATION -> assignedToMyOrganisation = timing;
            case COMMENT_ON_MY_TASK -> commentOnMyTask = timing;
            case DUE_SOON -> dueSoon = timing;
            case OVERDUE -> overdue = timing;
        }
    }

    /** "Off" for a task given to oneself, which {@link #timing} reads as "at once" and the service refuses. */
    boolean switchesOffWhatMustStay() {
        return assignedToMe == TaskMailTiming.OFF;
    }

    void belongTo(String username, String workingGroupId) {
        this.id = username;
        this.workingGroupId = workingGroupId;
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
}
