package de.arbeitsgruppe.portal.offer.internal;

import de.arbeitsgruppe.portal.offer.DistrictList;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface DistrictLists extends MongoRepository<DistrictList, String> {
}
