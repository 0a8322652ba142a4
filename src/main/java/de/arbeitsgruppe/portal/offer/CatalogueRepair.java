package de.arbeitsgruppe.portal.offer;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Makes the catalogue match the offers again where a write after the offer's own save failed (the
 * database went away in between): a published offer whose copy is missing or older gets it written,
 * an archived offer's copy is withdrawn, and the marks of withdrawn offers go after a day, when no
 * older write can be on its way any more. Runs with the hourly archive job, under its lock.
 */
@Component
class CatalogueRepair {

    static final Duration KEEP_WITHDRAWN = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(CatalogueRepair.class);

    private final MongoTemplate mongo;
    private final CatalogueWrites writes;
    private final Clock clock;

    CatalogueRepair(MongoTemplate mongo, CatalogueWrites writes, Clock clock) {
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * The copy is not the offer's last publication: a publication writes the moment of the review
     * into both. (Free places and confirmations raise the copy's version without its details, so the
     * version alone does not tell; and the reminder raises the offer's version without the copy's.)
     */
    private static boolean lost(CatalogueOffer copy, Offer offer) {
        if (copy == null || copy.isWithdrawn()) {
            return true;
        }
        if (offer.getReviewedAt() != null) {
            return !offer.getReviewedAt().equals(copy.getPublishedAt());
        }
        return copy.getOfferVersion() == null || copy.getOfferVersion() < offer.getVersion();
    }

    void run() {
        var copies = new HashMap<String, CatalogueOffer>();
        var allCopies = new Query();
        allCopies.fields().include("_id").include("offerVersion").include("withdrawn").include("publishedAt");
        mongo.find(allCopies, CatalogueOffer.class).forEach(copy -> copies.put(copy.getId(), copy));
        var repaired = 0;
        // a published offer's details are what the office published: writing them again is safe
        for (Offer offer : mongo.find(new Query(Criteria.where("status").is(OfferStatus.PUBLISHED)), Offer.class)) {
            var copy = copies.get(offer.getId());
            if (lost(copy, offer)) {
                writes.republish(offer, offer.getReviewedAt() == null ? clock.instant() : offer.getReviewedAt());
                repaired++;
            }
        }
        var archived = new Query(Criteria.where("status").is(OfferStatus.ARCHIVED));
        archived.fields().include("_id").include("version").include("workingGroupId");
        for (Offer offer : mongo.find(archived, Offer.class)) {
            var copy = copies.get(offer.getId());
            if (copy != null && !copy.isWithdrawn()) {
                writes.remove(offer, clock.instant());
                repaired++;
            }
        }
        writes.forgetWithdrawn(clock.instant().minus(KEEP_WITHDRAWN));
        if (repaired > 0) {
            log.info("Catalogue repaired: {} copies written or withdrawn", repaired);
        }
    }
}
