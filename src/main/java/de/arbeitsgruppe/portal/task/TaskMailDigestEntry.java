package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task mail waiting for the person's daily summary. Its id is made of person, task, kind and
 * occasion, so that an event handled twice (two nodes, a retry) stores one entry. The text is kept
 * as it was at the time of the news, which is what the summary reports.
 */
@NotAudited("mails waiting for the daily summary: the task's own change is in the trail, the summary in the outbox")
@Document("taskMailDigest")
class TaskMailDigestEntry {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private String username;
    private String taskId;
    private TaskMailKind kind;
    private String headline;
    private String details;
    private Instant createdAt;
    /** The day of the summary that took it; null while it waits. */
    private LocalDate summarisedOn;

    TaskMailDigestEntry() {
    }

    TaskMailDigestEntry(String workingGroupId, String username, String taskId, TaskMailKind kind, String occasion,
            String headline, String details, Instant createdAt) {
        this.id = username + "|" + taskId + "|" + kind + "|" + occasion;
        this.workingGroupId = workingGroupId;
        this.username = username;
        this.taskId = taskId;
        this.kind = kind;
        this.headline = headline;
        this.details = details;
        this.createdAt = createdAt;
    }

    void summarisedOn(LocalDate day) {
        this.summarisedOn = day;
    }

    String id() { return id; }
    String workingGroupId() { return workingGroupId; }
    String username() { return username; }
    String taskId() { return taskId; }
    TaskMailKind kind() { return kind; }
    String headline() { return headline; }
    String details() { return details; }
    Instant createdAt() { return createdAt; }
    LocalDate summarisedOn() { return summarisedOn; }
}
