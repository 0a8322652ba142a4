package de.arbeitsgruppe.portal.offer.internal;

import de.arbeitsgruppe.portal.offer.Offer;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Offers extends MongoRepository<Offer, String> {
}
