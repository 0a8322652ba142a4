package de.arbeitsgruppe.portal.meeting.internal;

import de.arbeitsgruppe.portal.meeting.Meeting;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Meetings extends MongoRepository<Meeting, String> {

    Optional<Meeting> findByIdAndWorkingGroupId(String id, String workingGroupId);

    List<Meeting> findBySeriesIdOrderByStart(String seriesId);
}
