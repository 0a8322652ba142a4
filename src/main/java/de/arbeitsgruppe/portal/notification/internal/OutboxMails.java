package de.arbeitsgruppe.portal.notification.internal;

import de.arbeitsgruppe.portal.notification.OutboxMail;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OutboxMails extends MongoRepository<OutboxMail, String> {

    Optional<OutboxMail> findByIdAndWorkingGroupId(String id, String workingGroupId);
}
