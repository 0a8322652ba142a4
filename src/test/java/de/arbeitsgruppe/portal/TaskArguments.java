package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskReview;
import de.arbeitsgruppe.portal.task.TaskReviews;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the tasks' methods in the authorization matrix: for every call a new task given to the
 * partner's own organisation and visible to partners, made by the matrix's admin, so the partner acts
 * as its owner and the member (of another organisation) is no owner.
 */
final class TaskArguments {

    private final TaskManagement tasks;
    private final MeetingManagement meetings;
    private final String partnerOrganisationId;

    TaskArguments(ApplicationContext context, AuthorizationFixture fixture) {
        this.tasks = context.getBean(TaskManagement.class);
        this.meetings = context.getBean(MeetingManagement.class);
        this.partnerOrganisationId = fixture.partnerOrganisationId();
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("TaskManagement.find(String)", who -> args(task().getId()));
        arguments.put("TaskManagement.mine(Set, int)", who -> args(Set.of(), 10));
        arguments.put("TaskManagement.mineDueBetween(LocalDate, LocalDate)",
                who -> args(Formats.today(), Formats.today().plusDays(30)));
        arguments.put("TaskManagement.overdueByOrganisation()", who -> args());
        arguments.put("TaskManagement.search(TaskFilter, int, int)", who -> args(TaskFilter.OPEN, 0, 10));
        arguments.put("TaskManagement.count(TaskFilter)", who -> args(TaskFilter.OPEN));
        arguments.put("TaskManagement.ofMeeting(String)", who -> args(meeting().getId()));
        arguments.put("TaskManagement.mayCreate()", who -> args());
        arguments.put("TaskManagement.mayEdit(Task)", who -> args(task()));
        arguments.put("TaskManagement.mayProgress(Task)", who -> args(task()));
        arguments.put("TaskManagement.create(Task)", who -> args(newTask()));
        arguments.put("TaskManagement.update(Task)", who -> {
            var task = task();
            task.setTitle("Matrix-Aufgabe geändert");
            return args(task);
        });
        arguments.put("TaskManagement.changeStatus(String, long, TaskStatus, String)", who -> {
            var task = task();
            return args(task.getId(), task.getVersion(), TaskStatus.IN_PROGRESS, null);
        });
        arguments.put("TaskManagement.comment(String, String)", who -> args(task().getId(), "Matrix-Kommentar"));
        arguments.put("TaskExport.csv(TaskFilter, Writer)", who -> args(TaskFilter.OPEN, new StringWriter()));
        arguments.put("TaskReviews.forReview(String)", who -> args(meeting().getId()));
        arguments.put("TaskReviews.record(String, List)", who -> {
            var task = task();
            return args(meeting().getId(), List.of(new TaskReviews.Entry(task.getId(), task.getVersion(),
                    TaskReview.Outcome.DONE, null, null)));
        });
        return arguments;
    }

    private Task task() {
        return tasks.create(newTask());
    }

    private Task newTask() {
        var task = new Task("Matrix-Aufgabe", Formats.today().plusDays(14));
        task.setOwner(null, partnerOrganisationId);
        task.setVisibility(Visibility.PARTNERS);
        return task;
    }

    private Meeting meeting() {
        var start = Formats.today().plusYears(4).atTime(10, 0);
        var meeting = new Meeting(MeetingType.JOINT_EVENT, "Matrix-Aufgabentermin", null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusHours(1));
        meeting.setVisibility(Visibility.PARTNERS);
        return meetings.create(meeting, null);
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
