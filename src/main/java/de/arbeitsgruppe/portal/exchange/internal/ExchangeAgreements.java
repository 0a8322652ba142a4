package de.arbeitsgruppe.portal.exchange.internal;

import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ExchangeAgreements extends MongoRepository<ExchangeAgreement, String> {

    Optional<ExchangeAgreement> findByIdAndWorkingGroupId(String id, String workingGroupId);
}
