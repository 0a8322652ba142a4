package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A remark on one item of minutes sent round ("Abstimmung"), by a member or an invited partner. */
@Document("protocolComments")
public class ProtocolComment {

    public static final int MAX_TEXT = 4000;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private String protocolId;
    private String agendaItemId;
    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TEXT, message = "{validation.size}")
    @MultiLine
    private String text;
    private String authorUsername;
    private String authorName;
    private String organisationId;
    private String organisationName;
    private Instant createdAt;

    ProtocolComment() {
    }

    ProtocolComment(String protocolId, String agendaItemId, String text) {
        this.protocolId = protocolId;
        this.agendaItemId = agendaItemId;
        this.text = Texts.multiLine(text);
    }

    void writtenBy(String workingGroupId, String username, String name, String organisationId,
            String organisationName, Instant at) {
        this.workingGroupId = workingGroupId;
        this.authorUsername = username;
        this.authorName = name;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.createdAt = at;
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getProtocolId() { return protocolId; }
    public String getAgendaItemId() { return agendaItemId; }
    public String getText() { return text; }
    public String getAuthorUsername() { return authorUsername; }
    public String getAuthorName() { return authorName; }
    public String getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public Instant getCreatedAt() { return createdAt; }
}
