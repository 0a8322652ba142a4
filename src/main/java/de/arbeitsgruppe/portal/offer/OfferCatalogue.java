package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The public catalogue: the published offers of the installation's working group, for everyone and
 * without a login. Only published versions are read here; drafts and changes in review never are.
 */
@Service
public class OfferCatalogue {

    public static final int PAGE_SIZE = 20;
    /** An export holds the whole list, up to this many offers (far more than a working group has). */
    public static final int MAX_EXPORT = 5_000;

    private final CatalogueSnapshots snapshots;
    private final MongoTemplate mongo;
    private final PortalProperties properties;
    private final Clock clock;

    OfferCatalogue(CatalogueSnapshots snapshots, MongoTemplate mongo, PortalProperties properties, Clock clock) {
        this.snapshots = snapshots;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The page the filter asks for, with the number of all offers it finds; long texts left out. */
    public CataloguePage page(OfferFilter filter) {
        var found = matching(filter);
        var pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        var page = Math.min(filter.page(), pages);
        var from = (page - 1) * PAGE_SIZE;
        return new CataloguePage(found.subList(from, Math.min(found.size(), from + PAGE_SIZE)), found.size(), page,
                PAGE_SIZE);
    }

    /** Every offer the filter finds (up to {@link #MAX_EXPORT}), whole, in the list's order: the exports and the print view. */
    public List<CatalogueOffer> all(OfferFilter filter) {
        var ids = matching(filter).stream().limit(MAX_EXPORT).map(CatalogueOffer::getId).toList();
        var whole = new java.util.HashMap<String, CatalogueOffer>();
        for (int from = 0; from < ids.size(); from += Limits.MAX_PAGE_SIZE) {
            var batch = ids.subList(from, Math.min(ids.size(), from + Limits.MAX_PAGE_SIZE));
            mongo.find(new Query(Criteria.where("_id").in(batch)), CatalogueOffer.class)
                    .stream().filter(offer -> !offer.isWithdrawn()).forEach(offer -> whole.put(offer.getId(), offer));
        }
        return ids.stream().map(whole::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A published offer, whole: the detail page. Empty for unknown ids, drafts and offers that ended. */
    public Optional<CatalogueOffer> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(id, CatalogueOffer.class))
                .filter(offer -> !offer.isWithdrawn() && offer.getWorkingGroupId().equals(properties.workingGroupId()))
                .filter(offer -> !offer.getDetails().isOverOn(today()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private List<CatalogueOffer> matching(OfferFilter filter) {
        var today = today();
        var found = new ArrayList<CatalogueOffer>();
        var matches = CatalogueMatch.of(filter, today);
        // the copy is in the order asked for already; filtering keeps it
        for (CatalogueOffer offer : snapshots.current(properties.workingGroupId(), filter.sort(), today)) {
            if (matches.test(offer)) {
                found.add(offer);
            }
        }
        return found;
    }
}
