package de.arbeitsgruppe.portal.task.internal;

import de.arbeitsgruppe.portal.task.TaskMailChoices;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Each person's choices how task mails reach them, by login name. */
public interface MailChoices extends MongoRepository<TaskMailChoices, String> {
}
