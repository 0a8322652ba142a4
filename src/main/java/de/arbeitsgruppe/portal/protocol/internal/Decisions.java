package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.Decision;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Decisions extends MongoRepository<Decision, String> {

    Optional<Decision> findByIdAndWorkingGroupId(String id, String workingGroupId);

    List<Decision> findByProtocolIdAndWorkingGroupIdOrderBySequence(String protocolId, String workingGroupId);
}
