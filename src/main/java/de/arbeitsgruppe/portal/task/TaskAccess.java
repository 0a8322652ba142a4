package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.Visibility;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who may do what with a task. Staff of the authorities and the office see every task; partners
 * those of their own organisation and those marked visible to partners. The owner side — the person
 * and everyone of the owner's organisation, who stand in for each other — changes the status and
 * comments; the office changes everything.
 */
final class TaskAccess {

    private TaskAccess() {
    }

    static boolean maySee(PortalUser user, Task task) {
        return user.workingGroupId().equals(task.getWorkingGroupId())
                && (user.isInternal() || user.belongsTo(task.getOwnerOrganisationId())
                        || task.getVisibility() != Visibility.INTERNAL);
    }

    static boolean isOwnerSide(PortalUser user, Task task) {
        return user.username().equals(task.getOwnerUsername()) || user.belongsTo(task.getOwnerOrganisationId());
    }

    static boolean mayEdit(PortalUser user, Task task) {
        return maySee(user, task) && user.isCoordinatorOrAdmin();
    }

    static boolean mayProgress(PortalUser user, Task task) {
        return maySee(user, task) && (user.isCoordinatorOrAdmin() || isOwnerSide(user, task));
    }

    /** The task as the user may read it: partners do not read the titles of internal agenda items. */
    static Task asSeenBy(PortalUser user, Task task) {
        if (!user.isInternal() && task.getOrigin() != null) {
            task.getOrigin().withoutInternalItem();
        }
        return task;
    }

    /** The tasks the user may see, as a query. */
    static Criteria visibleTo(PortalUser user) {
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId());
        if (!user.isInternal()) {
            criteria.orOperator(Criteria.where("ownerOrganisationId").is(user.organisationId()),
                    Criteria.where("visibility").in(Visibility.PARTNERS, Visibility.PUBLIC));
        }
        return criteria;
    }

    /** The task is the user's own, or their organisation's as a whole: {@link #mine(PortalUser)} for one task. */
    static boolean isMine(PortalUser user, Task task) {
        return user.username().equals(task.getOwnerUsername())
                || task.getOwnerContactId() == null && user.belongsTo(task.getOwnerOrganisationId());
    }

    /** The user's own tasks and those of their organisation as a whole. */
    static Criteria mine(PortalUser user) {
        return Criteria.where("workingGroupId").is(user.workingGroupId()).orOperator(
                Criteria.where("ownerUsername").is(user.username()),
                Criteria.where("ownerContactId").is(null).and("ownerOrganisationId").is(user.organisationId()));
    }
}
