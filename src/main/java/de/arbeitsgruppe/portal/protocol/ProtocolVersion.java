package de.arbeitsgruppe.portal.protocol;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One approved version of the minutes, frozen: version 1 on approval, each correction the next
 * with its reason. Never changed once written, so every version stays readable as it was sent.
 */
@Document("protocolVersions")
public class ProtocolVersion {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private String protocolId;
    private int number;
    private String reason;
    private Instant createdAt;
    private String createdBy;
    private ProtocolContent content;
    /** The PDF as it was mailed, made once: a download does not render the minutes again. */
    private byte[] pdf;
    private byte[] partnerPdf;

    ProtocolVersion() {
    }

    ProtocolVersion(Protocol protocol, int number, String reason, Instant createdAt, String createdBy,
            ProtocolContent content) {
        this.id = protocol.getId() + "/v" + number;
        this.workingGroupId = protocol.getWorkingGroupId();
        this.protocolId = protocol.getId();
        this.number = number;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.content = content;
    }

    /** The same version as partners read it: without internal items and notes. */
    ProtocolVersion forPartners() {
        var copy = new ProtocolVersion();
        copy.id = id;
        copy.version = version;
        copy.workingGroupId = workingGroupId;
        copy.protocolId = protocolId;
        copy.number = number;
        copy.reason = reason;
        copy.createdAt = createdAt;
        copy.createdBy = createdBy;
        copy.content = content.forPartners();
        copy.partnerPdf = partnerPdf;
        return copy;
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getProtocolId() { return protocolId; }
    public int getNumber() { return number; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public ProtocolContent getContent() { return content; }
    public byte[] getPdf() { return pdf; }
    public byte[] getPartnerPdf() { return partnerPdf; }
    void rendered(byte[] pdf, byte[] partnerPdf) {
        this.pdf = pdf;
        this.partnerPdf = partnerPdf;
    }
}
