package de.arbeitsgruppe.portal.exchange.internal;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The bytes of a signed agreement, one document per upload under the agreement's id, the version it
 * was attached to and a random part, so that two uploads at once never overwrite each other. Kept
 * apart from the agreement so that lists never read them (up to 10 MB each; the embedded server has
 * no GridFS).
 */
@Document("exchangeFiles")
@NotAudited("the upload is recorded on the agreement (its signedDocument: file name, size, who, when)")
public class ExchangeFile {

    @Id
    private String id;
    private String agreementId;
    private String workingGroupId;
    private String fileName;
    private byte[] content;
    private Instant uploadedAt;

    public ExchangeFile() {
    }

    public ExchangeFile(String id, String agreementId, String workingGroupId, String fileName, byte[] content,
            Instant uploadedAt) {
        this.id = id;
        this.agreementId = agreementId;
        this.workingGroupId = workingGroupId;
        this.fileName = fileName;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    public String getId() { return id; }
    public String getAgreementId() { return agreementId; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
}
