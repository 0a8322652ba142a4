package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.Protocol;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Protocols extends MongoRepository<Protocol, String> {

    Optional<Protocol> findByIdAndWorkingGroupId(String id, String workingGroupId);

    List<Protocol> findByIdInAndWorkingGroupId(java.util.Collection<String> ids, String workingGroupId);

    List<Protocol> findByApprovedInMeetingIdAndWorkingGroupId(String meetingId, String workingGroupId);

    List<Protocol> findByStateAndWorkingGroupId(ProtocolState state, String workingGroupId);

    List<Protocol> findByStateAndWorkingGroupIdAndCommentDeadlineGreaterThanEqual(ProtocolState state,
            String workingGroupId, java.time.LocalDate deadline, Sort sort, Limit limit);
}
