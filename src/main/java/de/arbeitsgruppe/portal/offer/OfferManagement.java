package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.offer.internal.Offers;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Offers in the portal: providers submit them and set their free places, the office publishes or
 * returns them ({@link OfferAccess} says who may). Every change of the details goes to review; the
 * catalogue keeps showing the published version meanwhile.
 */
@Service
public class OfferManagement {

    private static final Logger log = LoggerFactory.getLogger(OfferManagement.class);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("_id"));
    private static final Sort OLDEST_SUBMISSION_FIRST = Sort.by("submittedAt", "_id");

    private final Offers offers;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrganisationManagement organisations;
    private final Districts districts;
    private final CatalogueWrites catalogue;

    OfferManagement(Offers offers, MongoTemplate mongo, CurrentUser currentUser, Validator validator,
            ApplicationEventPublisher events, Clock clock, OrganisationManagement organisations, Districts districts,
            CatalogueWrites catalogue) {
        this.offers = offers;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.organisations = organisations;
        this.districts = districts;
        this.catalogue = catalogue;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Offer> find(String id) {
        var user = currentUser.require();
        return id == null ? Optional.empty()
                : offers.findById(id).filter(offer -> OfferAccess.maySee(user, offer));
    }

    /** The offers of the user's organisation, archived ones last, the latest change first. */
    @PreAuthorize("isAuthenticated()")
    public List<Offer> ofMyOrganisation() {
        var user = currentUser.require();
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId())
                .and("providerOrganisationId").is(user.organisationId());
        // the running ones first, so that years of archived offers never push them off the list
        var running = mongo.find(new Query(Criteria.where("status").ne(OfferStatus.ARCHIVED).andOperator(criteria))
                .with(NEWEST_FIRST).limit(Limits.MAX_PAGE_SIZE), Offer.class);
        if (running.size() >= Limits.MAX_PAGE_SIZE) {
            return running;
        }
        var archived = mongo.find(new Query(Criteria.where("status").is(OfferStatus.ARCHIVED).andOperator(criteria))
                .with(NEWEST_FIRST).limit(Limits.MAX_PAGE_SIZE - running.size()), Offer.class);
        return java.util.stream.Stream.concat(running.stream(), archived.stream()).toList();
    }

    /** The office's review queue: what waits longest comes first. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<Offer> inReview() {
        var criteria = Criteria.where("workingGroupId").is(currentUser.require().workingGroupId())
                .and("status").is(OfferStatus.IN_REVIEW);
        return mongo.find(new Query(criteria).with(OLDEST_SUBMISSION_FIRST).limit(Limits.MAX_PAGE_SIZE), Offer.class);
    }

    /** How many offers wait for the office's review: its start page. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public long countInReview() {
        var criteria = Criteria.where("workingGroupId").is(currentUser.require().workingGroupId())
                .and("status").is(OfferStatus.IN_REVIEW);
        return mongo.count(new Query(criteria), Offer.class);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit(Offer offer) {
        return OfferAccess.mayEdit(currentUser.require(), offer);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayReview(Offer offer) {
        return OfferAccess.mayReview(currentUser.require(), offer);
    }

    /** Whether the user may name another provider than their own organisation (the office). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayChooseProvider() {
        return currentUser.require().isCoordinatorOrAdmin();
    }

    /**
     * Submits a new offer for review. Its provider is the user's organisation; the office may name
     * another one.
     *
     * @throws OfferRefused when a rule of {@link OfferRules} is broken
     */
    @PreAuthorize("isAuthenticated()")
    public Offer submit(Offer offer) {
        var user = currentUser.require();
        if (offer.getId() != null) {
            throw new IllegalArgumentException("a new offer has no id");
        }
        if (offer.getProviderOrganisationId() == null || !user.isCoordinatorOrAdmin()) {
            offer.setProviderOrganisationId(user.organisationId());
        }
        offer.setWorkingGroupId(user.workingGroupId());
        offer.setProviderName(organisations.nameOf(offer.getProviderOrganisationId(), user.workingGroupId())
                .orElseThrow(() -> new OfferRefused("providerOrganisationId", "offer.validation.provider")));
        var now = clock.instant();
        offer.setCreatedAt(now);
        offer.setListed(false);
        toReview(offer, user);
        check(offer);
        var saved = VersionedSave.of(offer, () -> offers.insert(offer));
        events.publishEvent(new OfferSubmitted(saved.getId(), saved.getWorkingGroupId()));
        return saved;
    }

    /**
     * Submits a change for review; the published version stays in the catalogue until the office
     * publishes the change. A save of an older version is a conflict.
     */
    @PreAuthorize("isAuthenticated()")
    public Offer resubmit(Offer changed) {
        var user = currentUser.require();
        var stored = stored(changed.getId(), user);
        if (!OfferAccess.mayEdit(user, stored)) {
            throw new AccessDeniedException("not the provider's offer");
        }
        stored.setVersion(requireVersion(changed.getVersion()));
        stored.setDetails(changed.getDetails());
        var freePlacesChanged = !Objects.equals(stored.getFreePlaces(), changed.getFreePlaces());
        if (freePlacesChanged && stored.isListed()) {
            OfferRules.checkFreePlaces(changed.getFreePlaces(), publishedCapacity(stored));
        }
        stored.setFreePlaces(changed.getFreePlaces());
        if (user.isCoordinatorOrAdmin() && changed.getProviderOrganisationId() != null
                && !changed.getProviderOrganisationId().equals(stored.getProviderOrganisationId())) {
            stored.setProviderOrganisationId(changed.getProviderOrganisationId());
            stored.setProviderName(organisations.nameOf(changed.getProviderOrganisationId(), user.workingGroupId())
                    .orElseThrow(() -> new OfferRefused("providerOrganisationId", "offer.validation.provider")));
        }
        toReview(stored, user);
        check(stored);
        var saved = VersionedSave.of(stored, () -> offers.save(stored));
        if (freePlacesChanged && saved.isListed()) {
            // free places never wait for a review, also when typed into the whole form
            catalogue.freePlaces(saved);
        }
        events.publishEvent(new OfferSubmitted(saved.getId(), saved.getWorkingGroupId()));
        return saved;
    }

    /**
     * Publishes the version of the offer the office read: a change the provider made meanwhile is a
     * conflict, so nobody publishes what they have not seen.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Offer publish(String id, Long versionRead) {
        var user = currentUser.require();
        var stored = reviewable(id, versionRead, user);
        var now = clock.instant();
        if (stored.getDetails().isOverOn(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            // it ended while it waited: published, it would leave the catalogue at once; return it instead
            throw new OfferRefused("end", "offer.validation.endPast");
        }
        stored.setStatus(OfferStatus.PUBLISHED);
        stored.setListed(true);
        stored.setReturnReason(null);
        stored.setReviewedAt(now);
        stored.setReviewedBy(user.username());
        // the office has just checked the details: they count as current from now on
        stored.setUpdatedAt(now);
        stored.setStaleReminderFor(null);
        var saved = VersionedSave.of(stored, () -> offers.save(stored));
        try {
            catalogue.publish(saved, now);
        } catch (RuntimeException e) {
            // the offer is published; the hourly repair (OfferJobs) writes its copy, the provider hears of it now
            log.warn("Catalogue copy of offer {} not written; the next repair writes it", saved.getId(), e);
        }
        events.publishEvent(new OfferPublished(saved.getId(), saved.getWorkingGroupId()));
        return saved;
    }

    /**
     * Returns the version the office read to its provider with a reason, which the provider sees on
     * the offer and gets by mail. A published version stays in the catalogue.
     *
     * @throws OfferRefused without a reason
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Offer returnToProvider(String id, Long versionRead, String reason) {
        var user = currentUser.require();
        if (reason == null || reason.isBlank()) {
            throw new OfferRefused("returnReason", "offer.validation.reason");
        }
        if (reason.strip().length() > Offer.MAX_REASON) {
            throw new OfferRefused("returnReason", "offer.validation.reasonLength");
        }
        var stored = reviewable(id, versionRead, user);
        stored.setStatus(OfferStatus.RETURNED);
        stored.setReturnReason(reason.strip());
        stored.setReviewedAt(clock.instant());
        stored.setReviewedBy(user.username());
        var saved = VersionedSave.of(stored, () -> offers.save(stored));
        events.publishEvent(new OfferReturned(saved.getId(), saved.getWorkingGroupId(), saved.getReturnReason()));
        return saved;
    }

    /**
     * New free places, in one step and without a new review; the catalogue shows them at once. Also
     * confirms the offer as current.
     *
     * @throws OfferRefused for negative places or more than the offer has
     */
    @PreAuthorize("isAuthenticated()")
    public Offer setFreePlaces(String id, Long versionRead, Integer freePlaces) {
        var user = currentUser.require();
        var stored = stored(id, user);
        if (!OfferAccess.mayEdit(user, stored)) {
            throw new AccessDeniedException("not the provider's offer");
        }
        OfferRules.checkFreePlaces(freePlaces, stored.getDetails().getCapacity());
        if (stored.isListed()) {
            // the catalogue shows the published capacity, which a change in review may have raised
            OfferRules.checkFreePlaces(freePlaces, publishedCapacity(stored));
        }
        stored.setVersion(requireVersion(versionRead));
        stored.setFreePlaces(freePlaces);
        stored.setUpdatedAt(clock.instant());
        var saved = VersionedSave.of(stored, () -> offers.save(stored));
        if (saved.isListed()) {
            catalogue.freePlaces(saved);
        }
        return saved;
    }

    /**
     * The provider confirms the offer as it stands, without a change and without a new review: the
     * catalogue no longer marks it as possibly outdated, and the reminder comes again only after
     * another {@link CatalogueOffer#STALE_AFTER_DAYS} days.
     */
    @PreAuthorize("isAuthenticated()")
    public Offer confirm(String id, Long versionRead) {
        var user = currentUser.require();
        var stored = stored(id, user);
        if (!OfferAccess.mayEdit(user, stored)) {
            throw new AccessDeniedException("not the provider's offer");
        }
        stored.setVersion(requireVersion(versionRead));
        stored.setUpdatedAt(clock.instant());
        var saved = VersionedSave.of(stored, () -> offers.save(stored));
        if (saved.isListed()) {
            catalogue.confirmed(saved);
        }
        return saved;
    }

    /** Takes the offer off the catalogue for good (the provider ends it early, or the office). */
    @PreAuthorize("isAuthenticated()")
    public Offer archive(String id, Long versionRead) {
        var user = currentUser.require();
        var stored = stored(id, user);
        if (!OfferAccess.mayEdit(user, stored)) {
            throw new AccessDeniedException("not the provider's offer");
        }
        stored.setVersion(requireVersion(versionRead));
        return archive(stored);
    }

    /** Archives an offer as the automatic job does; no user is asked. */
    Offer archive(Offer offer) {
        offer.setStatus(OfferStatus.ARCHIVED);
        var wasListed = offer.isListed();
        offer.setListed(false);
        var saved = VersionedSave.of(offer, () -> offers.save(offer));
        if (wasListed) {
            catalogue.remove(saved, clock.instant());
        }
        return saved;
    }

    private void toReview(Offer offer, PortalUser user) {
        var now = clock.instant();
        offer.setStatus(OfferStatus.IN_REVIEW);
        offer.setReturnReason(null);
        offer.setSubmittedAt(now);
        offer.setSubmittedBy(user.username());
        offer.setUpdatedAt(now);
        offer.setStaleReminderFor(null);
        OfferRules.check(offer, districts.current(), LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    /** A version the user read, or a conflict: without one, a save would try to insert the offer anew. */
    private static Long requireVersion(Long versionRead) {
        if (versionRead == null) {
            throw new ConflictException();
        }
        return versionRead;
    }

    private Integer publishedCapacity(Offer offer) {
        var copy = mongo.findById(offer.getId(), CatalogueOffer.class);
        return copy == null || copy.isWithdrawn() ? null : copy.getDetails().getCapacity();
    }

    private Offer reviewable(String id, Long versionRead, PortalUser user) {
        var stored = stored(id, user);
        if (!OfferAccess.mayReview(user, stored)) {
            throw new AccessDeniedException("not the office");
        }
        if (!Objects.equals(stored.getVersion(), versionRead)) {
            throw new ConflictException();
        }
        if (stored.getStatus() != OfferStatus.IN_REVIEW) {
            throw new OfferRefused("status", "offer.validation.notInReview");
        }
        return stored;
    }

    private Offer stored(String id, PortalUser user) {
        return Optional.ofNullable(id).flatMap(offers::findById).filter(offer -> OfferAccess.maySee(user, offer))
                .orElseThrow(() -> new AccessDeniedException("unknown offer"));
    }

    private void check(Offer offer) {
        var violations = validator.validate(offer);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
