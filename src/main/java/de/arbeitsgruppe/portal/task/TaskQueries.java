package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.PortalUser;
import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The query behind a {@link TaskFilter}, in one place: the list of all tasks, its count and its CSV
 * file ask the same question and must get the same rows in the same order.
 */
final class TaskQueries {

    private TaskQueries() {
    }

    /** The tasks the filter finds among those the user may see, in the filter's order. */
    static Query query(TaskFilter filter, PortalUser user, LocalDate today) {
        return new Query(criteria(filter, user, today)).with(sort(filter));
    }

    static Criteria criteria(TaskFilter filter, PortalUser user, LocalDate today) {
        var criteria = TaskAccess.visibleTo(user);
        if (filter.organisationId() != null) {
            criteria.and("ownerOrganisationId").is(filter.organisationId());
        }
        if (filter.ownerContactId() != null) {
            criteria.and("ownerContactId").is(filter.ownerContactId());
        }
        if (!filter.statuses().isEmpty()) {
            criteria.and("status").in(filter.statuses());
        }
        if (filter.meetingId() != null) {
            criteria.and("origin.meetingId").is(filter.meetingId());
        }
        if (filter.contactInterface() != null) {
            criteria.and("contactInterface").is(filter.contactInterface());
        }
        if (filter.topic() != null) {
            criteria.and("topic").is(filter.topic());
        }
        var due = new ArrayList<Criteria>();
        if (filter.overdue()) {
            criteria.and("open").is(true);
            due.add(Criteria.where("due").lt(today));
        }
        if (filter.dueFrom() != null) {
            due.add(Criteria.where("due").gte(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            due.add(Criteria.where("due").lte(filter.dueTo()));
        }
        if (!due.isEmpty()) {
            criteria.andOperator(due);
        }
        return criteria;
    }

    static Sort sort(TaskFilter filter) {
        var direction = filter.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        var sort = Sort.by(direction, filter.sort().property());
        return filter.sort() == TaskSort.DUE ? sort.and(Sort.by("priorityRank", "_id")) : sort.and(Sort.by("due", "_id"));
    }
}
