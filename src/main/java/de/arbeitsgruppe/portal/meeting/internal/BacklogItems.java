package de.arbeitsgruppe.portal.meeting.internal;

import de.arbeitsgruppe.portal.meeting.BacklogItem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface BacklogItems extends MongoRepository<BacklogItem, String> {

    List<BacklogItem> findByWorkingGroupId(String workingGroupId, Sort sort);

    Optional<BacklogItem> findByIdAndWorkingGroupId(String id, String workingGroupId);

    List<BacklogItem> findByIdInAndWorkingGroupId(Collection<String> ids, String workingGroupId);

    long deleteByIdAndWorkingGroupId(String id, String workingGroupId);

    /**
     * Stores an item moved over from a meeting once: a second attempt after a failure finds it
     * there (items moved over have ids derived from where they came from). An id taken in another
     * working group fails on the unique id instead of returning that group's item.
     */
    default BacklogItem insertOnce(BacklogItem item) {
        return findByIdAndWorkingGroupId(item.getId(), item.getWorkingGroupId()).orElseGet(() -> insert(item));
    }
}
