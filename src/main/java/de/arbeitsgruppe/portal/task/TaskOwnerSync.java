package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.contact.ContactChanged;
import de.arbeitsgruppe.portal.organisation.OrganisationRenamed;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Keeps what the open tasks copy of their owner in step: a renamed organisation, a contact entry
 * changed (its name, address or the account linked to it later — from then on the person finds the
 * task among their own). Closed tasks keep what they were done under. Runs in the request of the
 * change: a task saved meanwhile by someone else keeps the old copy until its next change, and the
 * change itself never fails for it.
 */
@Component
class TaskOwnerSync {

    private static final Logger log = LoggerFactory.getLogger(TaskOwnerSync.class);

    private final Tasks tasks;
    private final OpenTaskIndex index;
    private final TaskOwners owners;

    TaskOwnerSync(Tasks tasks, OpenTaskIndex index, TaskOwners owners) {
        this.tasks = tasks;
        this.index = index;
        this.owners = owners;
    }

    @EventListener
    void on(OrganisationRenamed event) {
        forOpenTasks(Criteria.where("ownerOrganisationId").is(event.organisationId()),
                task -> task.renameOrganisation(event.name()));
    }

    @EventListener
    void on(ContactChanged event) {
        forOpenTasks(Criteria.where("workingGroupId").is(event.workingGroupId()).and("ownerContactId").is(event.contactId()),
                owners::fillIn);
    }

    private void forOpenTasks(Criteria criteria, Consumer<Task> change) {
        var ids = index.ids(criteria, Sort.by("_id"), 0, Integer.MAX_VALUE);
        for (Task task : index.tasks(List.copyOf(ids))) {
            if (!task.isOpen()) {
                continue;
            }
            try {
                change.accept(task);
                VersionedSave.of(task, () -> tasks.save(task));
            } catch (ConflictException | DataAccessException | org.springframework.security.access.AccessDeniedException e) {
                log.warn("Task {} keeps its copy of the owner until its next change", task.getId(), e);
            }
        }
    }
}
