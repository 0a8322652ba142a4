package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.ProtocolComment;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProtocolComments extends MongoRepository<ProtocolComment, String> {

    Optional<ProtocolComment> findByIdAndWorkingGroupId(String id, String workingGroupId);

    List<ProtocolComment> findByProtocolIdAndWorkingGroupIdOrderByCreatedAt(String protocolId, String workingGroupId);
}
