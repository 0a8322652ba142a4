package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.DueDates;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.PortalUser;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The due dates of a user's open tasks — their own and their organisation's as a whole — for the
 * calendar and the personal calendar feed, read for a user given rather than the one logged in: a
 * calendar program fetches the feed without a session.
 */
@Component
class TaskDueDates implements DueDates {

    /** The longest period read at once: a little more than the personal feed's fifteen months. */
    static final Period MAX_PERIOD = Period.ofMonths(16);

    private final OpenTaskIndex index;

    TaskDueDates(OpenTaskIndex index) {
        this.index = index;
    }

    @Override
    public List<DueDate> of(PortalUser user, LocalDate from, LocalDate to) {
        return open(index, user, from, to).stream()
                .map(task -> new DueDate(task.getId(), task.getTitle(), task.getDue())).toList();
    }

    /** The user's open tasks due in the period, by due date: at most {@link #MAX_PERIOD} and {@link Limits#MAX_PAGE_SIZE}. */
    static List<Task> open(OpenTaskIndex index, PortalUser user, LocalDate from, LocalDate to) {
        var until = to.isAfter(from.plus(MAX_PERIOD)) ? from.plus(MAX_PERIOD) : to;
        if (until.isBefore(from)) {
            return List.of();
        }
        var criteria = TaskAccess.mine(user).and("open").is(true).and("due").gte(from).lte(until);
        var ids = index.ids(criteria, Sort.by("due", "_id"), 0, Limits.MAX_PAGE_SIZE);
        // "mine" names the owner; what the user may see decides as everywhere else
        return index.tasks(ids).stream().filter(Task::isOpen)
                .filter(task -> TaskAccess.isMine(user, task) && TaskAccess.maySee(user, task)).toList();
    }
}
