package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.ProtocolVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProtocolVersions extends MongoRepository<ProtocolVersion, String> {

    Optional<ProtocolVersion> findByIdAndWorkingGroupId(String id, String workingGroupId);

    List<ProtocolVersion> findByProtocolIdAndWorkingGroupIdOrderByNumber(String protocolId, String workingGroupId);
}
