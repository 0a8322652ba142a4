package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The published version of an offer, as the catalogue shows it to everyone: written when the office
 * publishes, and when the provider sets new free places; removed when the offer is archived. Not
 * audited itself: every change of it is a change of the {@link Offer}, which is.
 */
@Document("catalogue")
@NotAudited("the published copy of an offer, written when the office publishes it or its provider sets free places; the offer itself is audited")
public class CatalogueOffer {

    /** Offers whose provider has not confirmed them for this long are marked as possibly outdated. */
    public static final int STALE_AFTER_DAYS = 28;

    @Id
    private String id;
    private String workingGroupId;
    private Long offerVersion;
    private String providerOrganisationId;
    private String providerName;
    private OfferDetails details;
    private Integer freePlaces;
    private Instant updatedAt;
    private Instant publishedAt;
    /**
     * The offer was archived: the copy stays a while as a mark with the offer's version, so that a
     * publication another node wrote a moment earlier cannot bring it back (see {@code CatalogueWrites}).
     */
    private boolean withdrawn;
    private Instant withdrawnAt;
    /** Folded words of title, description and provider: the search matches their beginnings. */
    private String searchText;

    CatalogueOffer() {
    }

    CatalogueOffer(Offer offer, Instant publishedAt) {
        this.id = offer.getId();
        this.workingGroupId = offer.getWorkingGroupId();
        this.offerVersion = offer.getVersion();
        this.providerOrganisationId = offer.getProviderOrganisationId();
        this.providerName = offer.getProviderName();
        this.details = offer.getDetails().copy();
        this.freePlaces = offer.getFreePlaces();
        this.updatedAt = offer.getUpdatedAt();
        this.publishedAt = publishedAt;
        this.searchText = searchText(details.getTitle(), details.getDescription(), providerName);
    }

    /** The words as one text, each preceded by a space, so a word's beginning is {@code " " + prefix}. */
    static String searchText(String... texts) {
        var words = Texts.searchTokens(texts);
        return words.isEmpty() ? "" : " " + String.join(" ", words);
    }

    /** The day the provider last confirmed the offer, if that is so long ago that it may be outdated. */
    public LocalDate staleSince(LocalDate today) {
        return isStale(updatedAt, today) ? LocalDate.ofInstant(updatedAt, Formats.ZONE) : null;
    }

    /** Whether an offer last confirmed at that moment is possibly outdated on this day: the catalogue's mark and the reminder agree. */
    static boolean isStale(Instant updatedAt, LocalDate today) {
        return updatedAt != null && !LocalDate.ofInstant(updatedAt, Formats.ZONE).plusDays(STALE_AFTER_DAYS).isAfter(today);
    }

    public boolean hasFreePlaces() {
        return freePlaces != null && freePlaces > 0;
    }

    public String getId() { return id; }
    public String getWorkingGroupId() { return workingGroupId; }
    public Long getOfferVersion() { return offerVersion; }
    public String getProviderOrganisationId() { return providerOrganisationId; }
    public String getProviderName() { return providerName; }
    public OfferDetails getDetails() { return details; }
    public Integer getFreePlaces() { return freePlaces; }
    void setFreePlaces(Integer freePlaces) { this.freePlaces = freePlaces; }
    public Instant getUpdatedAt() { return updatedAt; }
    void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    String getSearchText() { return searchText; }
    public boolean isWithdrawn() { return withdrawn; }
}
