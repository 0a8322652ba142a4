package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.mongo.Derived;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agreement between two authorities on one interface about passing data on: which categories
 * (names such as "Aufenthaltsstatus", never the data themselves), which way, why and on which legal
 * basis, how and how often, who answers for it on each side, since when and when it is reviewed next.
 * The first organisation stands on the interface's first side (Kommune before Agentur before
 * Jobcenter), the second on the other.
 */
@Document("exchangeAgreements")
@CompoundIndex(name = "group_review", def = "{'workingGroupId': 1, 'nextReview': 1}")
public class ExchangeAgreement {

    public static final int MAX_LINE = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_CATEGORIES = 30;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String title;
    @NotNull(message = "{validation.required}")
    private ContactInterface contactInterface;
    @NotBlank(message = "{validation.required}")
    private String organisationAId;
    @NotBlank(message = "{validation.required}")
    private String organisationBId;
    /** Copied from the organisations for the register's lists and the export. */
    @Derived
    private String organisationAName;
    @Derived
    private String organisationBName;
    @Size(max = MAX_CATEGORIES, message = "{validation.size}")
    private List<String> dataCategories = new ArrayList<>();
    @NotNull(message = "{validation.required}")
    private ExchangeDirection direction;
    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TEXT, message = "{validation.size}")
    private String purpose;
    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TEXT, message = "{validation.size}")
    private String legalBasis;
    @NotNull(message = "{validation.required}")
    private ExchangeChannel channel;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String channelOther;
    @NotNull(message = "{validation.required}")
    private ExchangeFrequency frequency;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String responsibleUnitA;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String responsibleUnitB;
    /** Entries of the contact directory who answer for the exchange; the review reminder goes to them. */
    @Size(max = 10, message = "{validation.size}")
    private List<String> contactIds = new ArrayList<>();
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String consentForm;
    @NotNull(message = "{validation.required}")
    private LocalDate start;
    @NotNull(message = "{validation.required}")
    private LocalDate nextReview;
    private SignedDocument signedDocument;
    /** The review date the contacts were reminded of, so that a second run, node or restart mails nothing. */
    @Derived
    private LocalDate reviewReminderFor;
    @Derived
    private Instant updatedAt;
    @Derived
    private String updatedBy;

    /** Whether the agreement joins these two organisations on this interface, in either order. */
    public boolean covers(ContactInterface onInterface, String oneOrganisationId, String otherOrganisationId) {
        return contactInterface == onInterface
                && (Objects.equals(organisationAId, oneOrganisationId) && Objects.equals(organisationBId, otherOrganisationId)
                || Objects.equals(organisationAId, otherOrganisationId) && Objects.equals(organisationBId, oneOrganisationId));
    }

    /** Takes what a person edits from the form's copy; marks, the signed PDF and names stay the stored ones. */
    void takeOver(ExchangeAgreement changed) {
        version = changed.version;
        setTitle(changed.title);
        contactInterface = changed.contactInterface;
        organisationAId = changed.organisationAId;
        organisationBId = changed.organisationBId;
        setDataCategories(changed.dataCategories);
        direction = changed.direction;
        setPurpose(changed.purpose);
        setLegalBasis(changed.legalBasis);
        channel = changed.channel;
        setChannelOther(changed.channelOther);
        frequency = changed.frequency;
        setResponsibleUnitA(changed.responsibleUnitA);
        setResponsibleUnitB(changed.responsibleUnitB);
        setContactIds(changed.contactIds);
        setConsentForm(changed.consentForm);
        start = changed.start;
        nextReview = changed.nextReview;
    }

    public boolean reviewOverdue(LocalDate today) {
        return nextReview != null && nextReview.isBefore(today);
    }

    public boolean involves(String organisationId) {
        return organisationId != null && (organisationId.equals(organisationAId) || organisationId.equals(organisationBId));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getWorkingGroupId() { return workingGroupId; }
    void setWorkingGroupId(String workingGroupId) { this.workingGroupId = workingGroupId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Texts.trimToNull(title); }
    public ContactInterface getContactInterface() { return contactInterface; }
    public void setContactInterface(ContactInterface contactInterface) { this.contactInterface = contactInterface; }
    public String getOrganisationAId() { return organisationAId; }
    public void setOrganisationAId(String organisationAId) { this.organisationAId = organisationAId; }
    public String getOrganisationBId() { return organisationBId; }
    public void setOrganisationBId(String organisationBId) { this.organisationBId = organisationBId; }
    public String getOrganisationAName() { return organisationAName; }
    void setOrganisationAName(String organisationAName) { this.organisationAName = organisationAName; }
    public String getOrganisationBName() { return organisationBName; }
    void setOrganisationBName(String organisationBName) { this.organisationBName = organisationBName; }
    public List<String> getDataCategories() { return dataCategories; }
    /** Blank entries and repeats are dropped; each category is one line. */
    public void setDataCategories(List<String> categories) {
        this.dataCategories = categories == null ? new ArrayList<>() : new ArrayList<>(categories.stream()
                .map(Texts::trimToNull).filter(Objects::nonNull).map(Texts::singleLine).distinct().toList());
    }
    public ExchangeDirection getDirection() { return direction; }
    public void setDirection(ExchangeDirection direction) { this.direction = direction; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = Texts.trimToNull(purpose); }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = Texts.trimToNull(legalBasis); }
    public ExchangeChannel getChannel() { return channel; }
    public void setChannel(ExchangeChannel channel) { this.channel = channel; }
    public String getChannelOther() { return channelOther; }
    public void setChannelOther(String channelOther) { this.channelOther = Texts.trimToNull(channelOther); }
    public ExchangeFrequency getFrequency() { return frequency; }
    public void setFrequency(ExchangeFrequency frequency) { this.frequency = frequency; }
    public String getResponsibleUnitA() { return responsibleUnitA; }
    public void setResponsibleUnitA(String unit) { this.responsibleUnitA = Texts.trimToNull(unit); }
    public String getResponsibleUnitB() { return responsibleUnitB; }
    public void setResponsibleUnitB(String unit) { this.responsibleUnitB = Texts.trimToNull(unit); }
    public List<String> getContactIds() { return contactIds; }
    public void setContactIds(List<String> contactIds) {
        this.contactIds = contactIds == null ? new ArrayList<>() : new ArrayList<>(contactIds.stream().filter(Objects::nonNull).distinct().toList());
    }
    public String getConsentForm() { return consentForm; }
    public void setConsentForm(String consentForm) { this.consentForm = Texts.trimToNull(consentForm); }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getNextReview() { return nextReview; }
    public void setNextReview(LocalDate nextReview) { this.nextReview = nextReview; }
    public SignedDocument getSignedDocument() { return signedDocument; }
    void setSignedDocument(SignedDocument signedDocument) { this.signedDocument = signedDocument; }
    public LocalDate getReviewReminderFor() { return reviewReminderFor; }
    void setReviewReminderFor(LocalDate reviewReminderFor) { this.reviewReminderFor = reviewReminderFor; }
    public Instant getUpdatedAt() { return updatedAt; }
    void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
