package de.arbeitsgruppe.portal.report;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The office's settings for the leadership report, one per working group (its id is the group's): who
 * of each organisation's leadership receives it, and whether it goes out by itself each quarter. The
 * quarterly job claims a quarter here (a versioned save) before it sends, so it sends once.
 */
@Document("reportSettings")
public class ReportSettings {

    public static final int MAX_CONTACTS = 50;

    @Id
    private String id;
    @Version
    private Long version;
    @Size(max = MAX_CONTACTS, message = "{validation.size}")
    private List<@Valid LeadershipContact> leadershipContacts = new ArrayList<>();
    private boolean quarterly;
    /** Whose rights the quarterly report is built with: who switched it on. */
    private String scheduledBy;
    /** The last quarter the job claimed ("2026-Q3"): bookkeeping of the job. */
    @Derived
    private String claimedQuarter;

    ReportSettings() {
    }

    ReportSettings(String workingGroupId) {
        this.id = workingGroupId;
    }

    public List<LeadershipContact> contactsOf(String organisationId) {
        return leadershipContacts.stream()
                .filter(contact -> organisationId == null || organisationId.equals(contact.organisationId())).toList();
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public List<LeadershipContact> getLeadershipContacts() { return leadershipContacts; }
    public void setLeadershipContacts(List<LeadershipContact> contacts) { this.leadershipContacts = new ArrayList<>(contacts); }
    public boolean isQuarterly() { return quarterly; }
    public void setQuarterly(boolean quarterly) { this.quarterly = quarterly; }
    public String getScheduledBy() { return scheduledBy; }
    void setScheduledBy(String scheduledBy) { this.scheduledBy = scheduledBy; }
    public String getClaimedQuarter() { return claimedQuarter; }
    void setClaimedQuarter(String claimedQuarter) { this.claimedQuarter = claimedQuarter; }
}
