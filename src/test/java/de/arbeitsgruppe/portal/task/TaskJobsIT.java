package de.arbeitsgruppe.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The scheduled jobs survive restarts and several nodes: a run repeated by a new instance of the jobs
 * (nothing kept in memory) and two instances running at the same moment (without the lock, so that
 * the marks on the tasks and the claims alone prove it) send every mail once and create every next
 * task of a recurring duty once.
 */
class TaskJobsIT extends TaskMailContext {

    @Test
    void aRestartBetweenTwoRunsSendsNothingTwice() {
        var day = startDay(0);
        var team = team("Neustart", 2);
        var person = team.people().get(0);
        var reader = team.people().get(1);
        choose(reader, TaskMailKind.DUE_SOON, TaskMailTiming.DAILY_SUMMARY);
        var soon = "Bald fällig " + suffix;
        var late = "Schon überfällig " + suffix;
        giveToOrganisation(soon, day.plusDays(3), team.organisationId());
        giveToPerson(late, day.plusDays(1), person.contactId(), team.organisationId());

        at(day.plusDays(2), 6);
        var before = newNode();
        before.sendReminders();
        at(day.plusDays(3), 7);
        before.sendSummaries();
        var afterRestart = newNode();
        afterRestart.sendReminders();
        afterRestart.sendSummaries();

        assertThat(mails(person.email(), "Erinnerung: Aufgabe fällig am ")).filteredOn(mail -> mail.subject().contains(soon)).hasSize(1);
        assertThat(mails(person.email(), "Überfällig: " + late)).hasSize(1);
        assertThat(mails(reader.email(), "Erinnerung: ")).isEmpty();
        var summaries = mails(reader.email(), "Ihre Aufgaben: Zusammenfassung vom ");
        assertThat(summaries).hasSize(1);
        assertThat(summaries.getFirst().text()).contains("eine Neuigkeit", soon);
    }

    @Test
    void twoNodesRunningTheJobsAtOnceSendEachMailExactlyOnce() throws Exception {
        var day = startDay(0);
        var team = team("Zweiknoten", 2);
        var person = team.people().get(0);
        var reader = team.people().get(1);
        choose(reader, TaskMailKind.OVERDUE, TaskMailTiming.DAILY_SUMMARY);
        var titles = new ArrayList<String>();
        // many tasks, so that the two runs overlap on some of them
        for (int i = 1; i <= 16; i++) {
            titles.add("Parallel " + i + " " + suffix);
            giveToOrganisation(titles.getLast(), day.plusDays(1 + i % 4), team.organisationId());
        }
        // the first is overdue then, the others due within three days
        at(day.plusDays(2), 6);
        twoNodesAtOnce(TaskJobs::sendReminders);
        at(day.plusDays(3), 7);
        twoNodesAtOnce(TaskJobs::sendSummaries);

        for (var title : titles) {
            var reminders = mails(person.email(), "Erinnerung: ").stream().filter(mail -> mail.subject().contains(title)).count();
            var notices = mails(person.email(), "Überfällig: " + title).size();
            assertThat(reminders + notices).as(title).isEqualTo(1);
        }
        assertThat(mails(person.email(), "Überfällig: " + titles.get(3))).hasSize(1);
        var summaries = mails(reader.email(), "Ihre Aufgaben: Zusammenfassung vom ");
        assertThat(summaries).hasSize(1);
        assertThat(summaries.getFirst().text()).contains("gibt es 4 Neuigkeiten", "Überfällig seit", titles.get(3));
    }

    @Test
    void twoNodesHandlingTheSameAssignmentsAtOnceMailEachOnce() throws Exception {
        var day = startDay(0);
        var team = team("Zuweisungzwei", 1);
        var person = team.people().getFirst();
        var stored = new ArrayList<Task>();
        for (int i = 1; i <= 12; i++) {
            var task = new Task("Ohne Ereignis gespeichert " + i + " " + suffix, day.plusDays(9));
            task.setOwner(person.contactId(), team.organisationId());
            task.assignTo(person.contactId(), team.organisationId(), team.name(), person.name(), person.username(),
                    "kontakt-" + person.email());
            task.created(GROUP, "anna.koordination", Instant.now());
            stored.add(tasks.insert(task));
        }

        atOnce(List.of(newNode(), newNode()), node -> stored.forEach(task ->
                notificationsOf(node).on(new TaskAssigned(task.getId(), GROUP))));
        stored.forEach(task -> events.publishEvent(new TaskAssigned(task.getId(), GROUP)));

        for (var task : stored) {
            assertThat(mails(person.email(), "Neue Aufgabe: " + task.getTitle())).as(task.getTitle()).hasSize(1);
            assertThat(tasks.findById(task.getId()).orElseThrow().getAssignmentNotifiedFor()).isEqualTo(task.ownerKey());
        }
    }

    @Test
    void aRecurringTaskDoneEarlyGetsItsNextTaskOnceAndTheJobAddsNoSecond() {
        var day = startDay(0);
        var team = team("Monatlich", 1);
        var person = team.people().getFirst();
        var title = "Datenübermittlung " + suffix;
        var task = recurring(title, day.plusDays(10), person, team);

        SignedIn.as(person.username(), Role.PARTNER,
                () -> management.changeStatus(task.getId(), current(task).getVersion(), TaskStatus.DONE, null));
        at(day.plusDays(10), 6);
        jobs().createFollowUps();
        newNode().createFollowUps();

        var series = series(task);
        assertThat(series).hasSize(2);
        assertThat(series.get(1).getDue()).isEqualTo(task.getRepeat().after(day.plusDays(10)));
        assertThat(series.get(1).isOpen()).isTrue();
        assertThat(mails(person.email(), "Neue Aufgabe: " + title)).as("the first and the next").hasSize(2);
    }

    @Test
    void aRecurringTaskThatFallsDueGetsItsNextTaskOnceAlsoWithTwoNodesAtOnce() throws Exception {
        var day = startDay(0);
        var team = team("Quartal", 1);
        var person = team.people().getFirst();
        var title = "Quartalsbericht " + suffix;
        var task = recurring(title, day.plusDays(3), person, team);

        at(day.plusDays(2), 6);
        twoNodesAtOnce(TaskJobs::createFollowUps);
        assertThat(series(task)).as("not yet due").hasSize(1);

        at(day.plusDays(3), 6);
        twoNodesAtOnce(TaskJobs::createFollowUps);
        twoNodesAtOnce(TaskJobs::createFollowUps);

        var series = series(task);
        assertThat(series).hasSize(2);
        assertThat(series.getFirst().isFollowUpCreated()).isTrue();
        assertThat(series.getFirst().isOpen()).as("the due one stays open until its owner closes it").isTrue();
        assertThat(mails(person.email(), "Neue Aufgabe: " + title)).hasSize(2);
    }

    @Test
    void aRecurringTaskDoneWhileItsNextTaskCouldNotBeCreatedGetsItFromTheJobAndADroppedOneEndsItsSeries() {
        var day = startDay(0);
        var team = team("Unterbrochen", 1);
        var person = team.people().getFirst();
        var done = recurring("Meldung " + suffix, day.plusDays(10), person, team);
        var dropped = recurring("Eingestellt " + suffix, day.plusDays(10), person, team);
        // as if the database had failed after the close, before the next task was created
        var closed = current(done);
        closed.changeStatus(TaskStatus.DONE, null, java.time.Instant.now());
        tasks.save(closed);
        SignedIn.as(person.username(), Role.PARTNER, () -> management.changeStatus(dropped.getId(),
                current(dropped).getVersion(), TaskStatus.DROPPED, "Die Meldung entfällt künftig."));

        at(day.plusDays(1), 6);
        jobs().createFollowUps();
        at(day.plusDays(11), 6);
        jobs().createFollowUps();

        assertThat(series(done)).hasSize(2).last().satisfies(next -> assertThat(next.isOpen()).isTrue());
        assertThat(series(dropped)).as("dropped: no next task, neither at once nor when it would have been due")
                .hasSize(1);
    }

    private Task recurring(String title, LocalDate due, Person person, Team team) {
        var task = new Task(title, due);
        task.setOwner(person.contactId(), team.organisationId());
        task.setRepeat(TaskRepeat.monthly(due.getDayOfMonth()));
        return asCoordinator(() -> management.create(task));
    }

    private Task current(Task task) {
        return tasks.findById(task.getId()).orElseThrow();
    }

    private List<Task> series(Task first) {
        return mongo.find(new Query(Criteria.where("seriesId").is(first.getId())).with(
                org.springframework.data.domain.Sort.by("due")), Task.class);
    }

    private void twoNodesAtOnce(Consumer<TaskJobs> job) throws Exception {
        atOnce(List.of(newNode(), newNode()), job);
    }

    /** Runs the job on every node in a thread of its own, all released at the same moment. */
    private static void atOnce(List<TaskJobs> nodes, Consumer<TaskJobs> job) throws Exception {
        var start = new CyclicBarrier(nodes.size());
        var pool = Executors.newFixedThreadPool(nodes.size());
        try {
            var runs = new ArrayList<Future<?>>();
            for (var node : nodes) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    job.accept(node);
                    return null;
                }));
            }
            for (var run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
