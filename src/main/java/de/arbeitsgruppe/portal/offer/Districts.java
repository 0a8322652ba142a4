package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.offer.internal.DistrictLists;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.PortalUser;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The districts the office keeps: offers name one, the catalogue filters by them and the supply
 * overview counts per district. Read by everyone (the public catalogue's filter), kept by the office.
 */
@Service
public class Districts {

    private final DistrictLists lists;
    private final CurrentUser currentUser;
    private final PortalProperties properties;
    private final MongoTemplate mongo;

    Districts(DistrictLists lists, CurrentUser currentUser, PortalProperties properties, MongoTemplate mongo) {
        this.lists = lists;
        this.currentUser = currentUser;
        this.properties = properties;
        this.mongo = mongo;
    }

    /** The districts of the installation's working group, whose offers the public catalogue shows. */
    public DistrictList ofPublicCatalogue() {
        var group = properties.workingGroupId();
        return lists.findById(group).orElseGet(() -> new DistrictList(group, List.of()));
    }

    /**
     * The districts of the user's working group, for the forms and the overview; for a visitor
     * without a login (the public catalogue) those of the installation's group.
     */
    public DistrictList current() {
        var group = currentUser.find().map(PortalUser::workingGroupId).orElse(properties.workingGroupId());
        return lists.findById(group).orElseGet(() -> new DistrictList(group, List.of()));
    }

    /**
     * Stores the office's list. New districts get an id; a district keeps its id when renamed, so
     * offers follow the new name. Two districts of the same name are refused.
     *
     * @throws OfferRefused when a name is there twice
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public DistrictList save(DistrictList list) {
        if (!currentUser.require().workingGroupId().equals(list.getId())) {
            throw new IllegalArgumentException("not the list of the user's working group");
        }
        var names = new HashSet<String>();
        for (District district : list.getDistricts()) {
            if (district.getName() == null || district.getName().isBlank()) {
                throw new OfferRefused("districts", "validation.required");
            }
            if (district.getName().strip().length() > District.MAX_NAME) {
                throw new OfferRefused("districts", "offer.validation.districtLength");
            }
            if (!names.add(district.getName().strip().toLowerCase(Locale.GERMAN))) {
                throw new OfferRefused("districts", "offer.validation.districtTwice");
            }
        }
        refuseRemovingDistrictsInUse(list);
        list.setDistricts(list.getDistricts().stream()
                .map(district -> new District(district.getId() == null ? newId() : district.getId(),
                        district.getName() == null ? null : district.getName().strip()))
                .toList());
        try {
            return VersionedSave.of(list, () -> lists.save(list));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(e);
        }
    }

    /** Offers that name a district would lose it from the filter and the overview: rename it instead. */
    private void refuseRemovingDistrictsInUse(DistrictList list) {
        var kept = list.getDistricts().stream().map(District::getId).filter(java.util.Objects::nonNull).toList();
        var removed = lists.findById(list.getId()).map(DistrictList::getDistricts).orElse(List.of()).stream()
                .map(District::getId).filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty() && mongo.exists(new Query(Criteria.where("workingGroupId").is(list.getId())
                .and("status").ne(OfferStatus.ARCHIVED).and("details.districtId").in(removed)), Offer.class)) {
            throw new OfferRefused("districts", "offer.validation.districtInUse");
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
