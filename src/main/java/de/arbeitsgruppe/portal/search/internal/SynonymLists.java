package de.arbeitsgruppe.portal.search.internal;

import de.arbeitsgruppe.portal.search.SynonymList;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Synonym lists by working group id (which is also their {@code _id}). */
public interface SynonymLists extends MongoRepository<SynonymList, String> {
}
