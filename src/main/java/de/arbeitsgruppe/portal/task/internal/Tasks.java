package de.arbeitsgruppe.portal.task.internal;

import de.arbeitsgruppe.portal.task.Task;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Tasks extends MongoRepository<Task, String> {

    Optional<Task> findByIdAndWorkingGroupId(String id, String workingGroupId);
}
