package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's summary of one day, claimed before its entries: its id is person and day, so of two
 * nodes (or a run after a restart) the second insert fails and sends nothing.
 */
@NotAudited("the claim of one daily summary mail; the mail itself is in the outbox")
@Document("taskMailSummaries")
class TaskMailSummary {

    @Id
    private String id;
    private String workingGroupId;
    private String username;
    private LocalDate day;
    private Instant claimedAt;

    TaskMailSummary() {
    }

    TaskMailSummary(String workingGroupId, String username, LocalDate day, Instant claimedAt) {
        this.id = username + "|" + day;
        this.workingGroupId = workingGroupId;
        this.username = username;
        this.day = day;
        this.claimedAt = claimedAt;
    }
}
