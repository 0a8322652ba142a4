package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.organisation.OrganisationRenamed;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Keeps the organisation name copied onto the open tasks in step with a rename; closed tasks keep
 * the name they were done under. Runs in the rename's request: a task saved meanwhile by someone else
 * keeps the old name until its next change, and the rename itself never fails for it.
 */
@Component
class TaskOrganisationNames {

    private static final Logger log = LoggerFactory.getLogger(TaskOrganisationNames.class);

    private final Tasks tasks;
    private final OpenTaskIndex index;

    TaskOrganisationNames(Tasks tasks, OpenTaskIndex index) {
        this.tasks = tasks;
        this.index = index;
    }

    @EventListener
    void on(OrganisationRenamed event) {
        var ids = index.ids(Criteria.where("ownerOrganisationId").is(event.organisationId()), Sort.by("_id"), 0,
                Integer.MAX_VALUE);
        for (Task task : index.tasks(List.copyOf(ids))) {
            if (!task.isOpen() || event.name().equals(task.getOwnerOrganisationName())) {
                continue;
            }
            task.renameOrganisation(event.name());
            try {
                VersionedSave.of(task, () -> tasks.save(task));
            } catch (ConflictException | org.springframework.dao.DataAccessException e) {
                log.warn("Task {} keeps the old name of its organisation until its next change", task.getId(), e);
            }
        }
    }
}
