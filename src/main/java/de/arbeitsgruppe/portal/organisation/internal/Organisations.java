package de.arbeitsgruppe.portal.organisation.internal;

import de.arbeitsgruppe.portal.organisation.Organisation;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Organisations extends MongoRepository<Organisation, String> {

    List<Organisation> findByWorkingGroupId(String workingGroupId, Sort sort);

    Optional<Organisation> findByIdAndWorkingGroupId(String id, String workingGroupId);

    Optional<Organisation> findByAliasAndWorkingGroupId(String alias, String workingGroupId);
}
