package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.offer.internal.DistrictLists;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;
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

    Districts(DistrictLists lists, CurrentUser currentUser, PortalProperties properties) {
        this.lists = lists;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    /** The installation's districts, for the catalogue, the forms and the overview. */
    public DistrictList current() {
        var group = properties.workingGroupId();
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
            if (district.getName() != null && !names.add(district.getName().strip().toLowerCase(Locale.GERMAN))) {
                throw new OfferRefused("districts", "offer.validation.districtTwice");
            }
        }
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

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
