package de.arbeitsgruppe.portal.exchange;

import java.time.Instant;

/**
 * What the agreement knows of its signed PDF; the bytes live apart (collection
 * {@code exchangeFiles}, under {@link #getFileId()}), so that reading the register never reads them.
 */
public class SignedDocument {

    private String fileId;
    private String fileName;
    private long size;
    private Instant uploadedAt;
    private String uploadedBy;

    public SignedDocument() {
    }

    SignedDocument(String fileId, String fileName, long size, Instant uploadedAt, String uploadedBy) {
        this.fileId = fileId;
        this.fileName = fileName;
        this.size = size;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public String getFileId() { return fileId; }
    public String getFileName() { return fileName; }
    public long getSize() { return size; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
