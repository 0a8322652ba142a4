package de.arbeitsgruppe.portal.offer;

import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes the published versions of offers, always after the offer itself was saved: each write
 * carries the offer's version and never replaces a copy of a newer one, so of two nodes writing in
 * quick succession the older never wins. Then every node's copy of the catalogue is told to renew.
 */
@Component
class CatalogueWrites {

    private final MongoTemplate mongo;
    private final CatalogueSnapshots snapshots;

    CatalogueWrites(MongoTemplate mongo, CatalogueSnapshots snapshots) {
        this.mongo = mongo;
        this.snapshots = snapshots;
    }

    /** Puts the offer's current details into the catalogue: it was published. */
    void publish(Offer offer, Instant now) {
        write(offer, now, olderThan(offer));
    }

    /**
     * Writes a published offer's details again (the repair): also over a copy of the same version,
     * whose free places or confirmation were written while its details were lost.
     */
    void republish(Offer offer, Instant publishedAt) {
        var notNewer = new Criteria().orOperator(Criteria.where("offerVersion").lte(offer.getVersion()),
                Criteria.where("offerVersion").exists(false));
        write(offer, publishedAt, new Query(Criteria.where("_id").is(offer.getId()).andOperator(notNewer)));
    }

    private void write(Offer offer, Instant now, Query where) {
        var fields = new Document();
        mongo.getConverter().write(new CatalogueOffer(offer, now), fields);
        fields.remove("_id");
        fields.remove("_class");
        fields.put("withdrawn", false);
        fields.remove("withdrawnAt");
        try {
            mongo.upsert(where, Update.fromDocument(new Document("$set", fields)), CatalogueOffer.class);
        } catch (DuplicateKeyException newerThere) {
            // a newer version of the offer is in the catalogue already
        }
        snapshots.changed(offer.getWorkingGroupId());
    }

    /** New free places (and the day the provider confirmed them), without the details in review. */
    void freePlaces(Offer offer) {
        var update = new Update().set("freePlaces", offer.getFreePlaces()).set("updatedAt", offer.getUpdatedAt())
                .set("offerVersion", offer.getVersion());
        mongo.updateFirst(listedOlderThan(offer), update, CatalogueOffer.class);
        snapshots.changed(offer.getWorkingGroupId());
    }

    /** The provider confirmed the offer as current: only the day of the confirmation changes. */
    void confirmed(Offer offer) {
        var update = new Update().set("updatedAt", offer.getUpdatedAt()).set("offerVersion", offer.getVersion());
        mongo.updateFirst(listedOlderThan(offer), update, CatalogueOffer.class);
        snapshots.changed(offer.getWorkingGroupId());
    }

    /**
     * Takes the offer off the catalogue: its copy becomes a mark with the offer's version, so that
     * an older publication still on its way cannot write it back. {@link #forgetWithdrawn} removes
     * the marks once nothing can be on its way any more.
     */
    void remove(Offer offer, Instant now) {
        var update = new Update().set("withdrawn", true).set("withdrawnAt", now).set("offerVersion", offer.getVersion())
                .set("workingGroupId", offer.getWorkingGroupId());
        try {
            mongo.upsert(olderThan(offer), update, CatalogueOffer.class);
        } catch (DuplicateKeyException newerThere) {
            // a newer version of the offer is there already
        }
        snapshots.changed(offer.getWorkingGroupId());
    }

    /** Removes the marks of offers withdrawn before the given moment. */
    void forgetWithdrawn(Instant before) {
        mongo.remove(new Query(Criteria.where("withdrawn").is(true).and("withdrawnAt").lt(before)), CatalogueOffer.class);
    }

    /** The copy unless it is a withdrawn offer's mark, whose version must not rise. */
    private static Query listedOlderThan(Offer offer) {
        return olderThan(offer).addCriteria(Criteria.where("withdrawn").ne(true));
    }

    private static Query olderThan(Offer offer) {
        var older = new Criteria().orOperator(Criteria.where("offerVersion").lt(offer.getVersion()),
                Criteria.where("offerVersion").exists(false));
        return new Query(Criteria.where("_id").is(offer.getId()).andOperator(older));
    }
}
