package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.ItemNotes;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface NotesOfItems extends MongoRepository<ItemNotes, String> {

    Optional<ItemNotes> findByIdAndWorkingGroupId(String id, String workingGroupId);

    List<ItemNotes> findByProtocolIdAndWorkingGroupId(String protocolId, String workingGroupId);
}
