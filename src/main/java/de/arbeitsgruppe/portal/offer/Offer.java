package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider's offer as the provider and the office work on it: its {@link OfferDetails} go to
 * review after every change; the version the office published is kept apart in the catalogue
 * ({@link CatalogueOffer}), so a change in review never takes a published offer off the list.
 */
@Document("offers")
@CompoundIndex(name = "provider", def = "{'providerOrganisationId': 1, 'status': 1}")
@CompoundIndex(name = "group_status", def = "{'workingGroupId': 1, 'status': 1, 'submittedAt': 1}")
public class Offer {

    public static final int MAX_REASON = 1000;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotBlank(message = "{offer.validation.provider}")
    private String providerOrganisationId;
    @Derived
    private String providerName;
    @Valid
    @NotNull
    private OfferDetails details = new OfferDetails();
    @PositiveOrZero(message = "{offer.validation.places}")
    private Integer freePlaces;
    @NotNull
    private OfferStatus status = OfferStatus.IN_REVIEW;
    /** The published version is in the catalogue (also while a change waits for review). */
    @Derived
    private boolean listed;
    /** Why the office returned the offer; the provider sees it until the next submission. */
    @Size(max = MAX_REASON, message = "{validation.size}")
    private String returnReason;
    @Derived
    private Instant submittedAt;
    @Derived
    private String submittedBy;
    @Derived
    private Instant reviewedAt;
    @Derived
    private String reviewedBy;
    /** When the provider last confirmed the offer: a change, a submission or new free places. */
    @Derived
    private Instant updatedAt;
    /** The {@link #updatedAt} the provider was reminded of (once), so that a job running again sends nothing. */
    @Derived
    private Instant staleReminderFor;
    @Derived
    private Instant createdAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getWorkingGroupId() { return workingGroupId; }
    void setWorkingGroupId(String workingGroupId) { this.workingGroupId = workingGroupId; }
    public String getProviderOrganisationId() { return providerOrganisationId; }
    public void setProviderOrganisationId(String providerOrganisationId) { this.providerOrganisationId = providerOrganisationId; }
    public String getProviderName() { return providerName; }
    void setProviderName(String providerName) { this.providerName = providerName; }
    public OfferDetails getDetails() { return details; }
    public void setDetails(OfferDetails details) { this.details = details; }
    public Integer getFreePlaces() { return freePlaces; }
    public void setFreePlaces(Integer freePlaces) { this.freePlaces = freePlaces; }
    public OfferStatus getStatus() { return status; }
    void setStatus(OfferStatus status) { this.status = status; }
    public boolean isListed() { return listed; }
    void setListed(boolean listed) { this.listed = listed; }
    public String getReturnReason() { return returnReason; }
    void setReturnReason(String returnReason) { this.returnReason = returnReason; }
    public Instant getSubmittedAt() { return submittedAt; }
    void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    void setSubmittedBy(String submittedBy) { this.submittedBy = submittedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    void setReviewedAt(Instant reviewedAt) { this.reviewedAt = reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    void setReviewedBy(String reviewedBy) { this.reviewedBy = reviewedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getStaleReminderFor() { return staleReminderFor; }
    void setStaleReminderFor(Instant staleReminderFor) { this.staleReminderFor = staleReminderFor; }
    public Instant getCreatedAt() { return createdAt; }
    void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
