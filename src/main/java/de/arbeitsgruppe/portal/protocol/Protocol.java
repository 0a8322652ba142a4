package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The minutes of one meeting: its state and who writes it. The id is the meeting's, so there is one
 * protocol per meeting even when two people start it at the same moment. Notes and decisions are
 * documents of their own ({@link ItemNotes}, {@link Decision}), so that two people writing on two
 * items never get in each other's way.
 */
@Document("protocols")
public class Protocol {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private ProtocolState state = ProtocolState.DRAFT;
    @Size(max = 120, message = "{validation.size}")
    private String chair;
    /** Login name of the person who writes the minutes; with the office, the only one who may edit the draft. */
    private String minuteTaker;
    private String minuteTakerName;
    /** Comments are taken until the end of this day (Europe/Berlin) while the minutes are sent round. */
    private LocalDate commentDeadline;
    private Instant circulatedAt;
    private Instant approvedAt;
    /** The meeting under whose item "Genehmigung des Protokolls der letzten Sitzung" they were approved. */
    private String approvedInMeetingId;
    /** The newest approved version, 0 before the approval. */
    private int currentVersion;
    /** The version an approval or correction is being frozen into, 0 when none is. */
    private int freezing;
    private Instant createdAt;

    Protocol() {
    }

    Protocol(String meetingId, String workingGroupId, Instant createdAt) {
        this.id = meetingId;
        this.workingGroupId = workingGroupId;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getMeetingId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public ProtocolState getState() { return state; }
    void setState(ProtocolState state) { this.state = state; }
    public String getChair() { return chair; }
    void setChair(String chair) { this.chair = Texts.trimToNull(chair); }
    public String getMinuteTaker() { return minuteTaker; }
    public String getMinuteTakerName() { return minuteTakerName; }
    void setMinuteTaker(String username, String name) {
        this.minuteTaker = username;
        this.minuteTakerName = name;
    }
    public LocalDate getCommentDeadline() { return commentDeadline; }
    void setCommentDeadline(LocalDate commentDeadline) { this.commentDeadline = commentDeadline; }
    public Instant getCirculatedAt() { return circulatedAt; }
    void setCirculatedAt(Instant circulatedAt) { this.circulatedAt = circulatedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    void setApprovedAt(Instant approvedAt) { this.approvedAt = approvedAt; }
    public String getApprovedInMeetingId() { return approvedInMeetingId; }
    void setApprovedInMeetingId(String approvedInMeetingId) { this.approvedInMeetingId = approvedInMeetingId; }
    public int getCurrentVersion() { return currentVersion; }
    void setCurrentVersion(int currentVersion) { this.currentVersion = currentVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public int getFreezing() { return freezing; }
    void setFreezing(int freezing) { this.freezing = freezing; }
}
