package de.arbeitsgruppe.portal.meeting.internal;

import de.arbeitsgruppe.portal.meeting.MeetingSeries;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SeriesRules extends MongoRepository<MeetingSeries, String> {

    Optional<MeetingSeries> findByIdAndWorkingGroupId(String id, String workingGroupId);
}
