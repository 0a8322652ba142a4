package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo tasks, seeded once in demo mode: tasks given in the demo minutes (the minutes seed them through
 * {@link #fromDecision}, before they are approved, so the approved versions list them), and tasks
 * given by the office, so that every demo organisation has open, running, done and dropped tasks,
 * some of them overdue, and the monthly data transfer between Kommune and Agentur repeats. Dates are
 * relative to the day of the first start, so the start pages and the next session's "Stand der
 * Aufgaben" always show real content.
 */
@Component
@Order(60)
public class DemoTasks implements ApplicationRunner {

    static final String DEMO_COORDINATOR = "anna.koordination";
    static final String DATA_TRANSFER_SERIES = "t-demo-datenaustausch";
    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";
    private static final String JOBCENTER = "org-jobcenter-musterstadt";
    private static final String CARITAS = "org-caritas-musterstadt";

    private final Tasks tasks;
    private final TaskOwners owners;
    private final PortalProperties properties;
    private final Clock clock;

    DemoTasks(Tasks tasks, TaskOwners owners, PortalProperties properties, Clock clock) {
        this.tasks = tasks;
        this.owners = owners;
        this.properties = properties;
        this.clock = clock;
    }

    /** One task of the demo story, relative to today. */
    private record Plan(String title, String contactId, String organisationId, int dueInDays, TaskStatus status,
            Visibility visibility, ContactInterface contactInterface, Topic topic) {
    }

    /**
     * Tasks given under a decision of the demo minutes ({@code session} counts the demo sessions from
     * the oldest, 0 to 11). Called by the demo minutes as the demo coordinator.
     */
    public void fromDecision(Meeting meeting, String agendaItemId, String decisionId, String decisionNumber,
            int session) {
        if (!properties.demoData()) {
            return;
        }
        for (Plan plan : plansOfSession(session)) {
            var task = task(plan, meeting.getEnd().plus(Duration.ofMinutes(10)));
            var origin = new TaskOrigin(meeting.getId(), agendaItemId, decisionId, decisionNumber);
            var item = meeting.getAgenda().stream().filter(agendaItem -> agendaItem.getId().equals(agendaItemId))
                    .findFirst();
            origin.describe(meeting.getTitle(), meeting.getStart(), item.map(agendaItem -> agendaItem.getTitle()).orElse(null),
                    item.map(agendaItem -> agendaItem.isPublicItem()).orElse(false));
            task.setOrigin(origin);
            task.setId("t-demo-" + meeting.getId() + "-" + tasks.count());
            tasks.save(task);
        }
    }

    /**
     * A task the office made of a point not met in a demo evaluation, some weeks ago and now in
     * progress. Called by the demo evaluations; written as the other demo tasks, without mails.
     */
    public void fromEvaluation(String id, TaskOrigin origin, String title, String description, String organisationId,
            ContactInterface contactInterface) {
        if (!properties.demoData() || tasks.existsById(id)) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        // the owner's name is read as the office would, as in run()
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                DEMO_COORDINATOR, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        try {
            var plan = new Plan(title, null, organisationId, 14, TaskStatus.IN_PROGRESS, Visibility.INTERNAL,
                    contactInterface, null);
            var task = task(plan, Formats.today().minusDays(40).atStartOfDay(Formats.ZONE).toInstant());
            task.setDescription(description);
            task.setOrigin(origin);
            task.setId(id);
            tasks.save(task);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static List<Plan> plansOfSession(int session) {
        return switch (session) {
            case 2 -> List.of(new Plan("Feste Ansprechperson für Anerkennungsverfahren im Verzeichnis eintragen",
                    "c-jobcenter-clara", null, -200, TaskStatus.DONE, Visibility.PARTNERS, ContactInterface.AGENTUR_JOBCENTER,
                    Topic.ANERKENNUNG));
            case 6 -> List.of(new Plan("Halbjahreszahlen um Übergänge in Ausbildung ergänzen", null, AGENTUR, -80,
                    TaskStatus.DROPPED, Visibility.INTERNAL, null, Topic.AUSBILDUNG));
            case 8 -> List.of(new Plan("Antrag auf Fahrtkostenzuschüsse für Kursteilnehmende stellen", null, KOMMUNE, -20,
                    TaskStatus.DONE, Visibility.INTERNAL, null, Topic.SPRACHFOERDERUNG));
            case 9 -> List.of(new Plan("Fragebogen zur Bewertung der Zusammenarbeit entwerfen", "c-agentur-schmidt", null,
                    -10, TaskStatus.IN_PROGRESS, Visibility.INTERNAL, null, null));
            case 10 -> List.of(
                    new Plan("Fallzahlen zu Übergängen vom AsylbLG ins SGB II für das Quartal zusammenstellen",
                            "c-jobcenter-clara", null, 10, TaskStatus.OPEN, Visibility.INTERNAL,
                            ContactInterface.KOMMUNE_JOBCENTER, Topic.LEISTUNGEN_SGB2),
                    new Plan("Zahlen der AsylbLG-Fälle mit Rechtskreiswechsel an das Jobcenter melden",
                            "c-kommune-mueller", null, -3, TaskStatus.OPEN, Visibility.INTERNAL,
                            ContactInterface.KOMMUNE_JOBCENTER, Topic.LEISTUNGEN_ASYLBLG));
            case 11 -> List.of(
                    new Plan("Entwurf des Jahresberichts an die Leitungsebene", null, KOMMUNE, 30, TaskStatus.OPEN,
                            Visibility.INTERNAL, null, null),
                    new Plan("Beitrag der Migrationsberatung zum Jahresbericht", null, CARITAS, 21, TaskStatus.OPEN,
                            Visibility.PARTNERS, null, Topic.SPRACHFOERDERUNG),
                    new Plan("Freie Plätze in Berufssprachkursen zum Jahresbericht beisteuern", null, AGENTUR, -1,
                            TaskStatus.OPEN, Visibility.INTERNAL, ContactInterface.KOMMUNE_AGENTUR,
                            Topic.SPRACHFOERDERUNG));
            default -> List.of();
        };
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || tasks.existsById(DATA_TRANSFER_SERIES)) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                DEMO_COORDINATOR, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        try {
            seedDataTransfer();
            var plans = List.of(
                    new Plan("Flyer der Migrationsberatung auf Arabisch und Ukrainisch aktualisieren", "c-caritas-dora",
                            null, 14, TaskStatus.IN_PROGRESS, Visibility.PARTNERS, null, Topic.SPRACHFOERDERUNG),
                    new Plan("Sprechzeiten der Migrationsberatung an die Geschäftsstelle melden", null, CARITAS, -2,
                            TaskStatus.OPEN, Visibility.PARTNERS, null, null),
                    new Plan("Raum für die Jobbörse im Kreishaus reservieren", null, CARITAS, -30, TaskStatus.DROPPED,
                            Visibility.PARTNERS, null, Topic.ARBEITSMARKTINTEGRATION),
                    new Plan("Liste der Dolmetschdienste für Beratungsgespräche aktualisieren", "c-caritas-dora", null,
                            -15, TaskStatus.DONE, Visibility.PARTNERS, null, Topic.AUFENTHALTSRECHT),
                    new Plan("Schulung zur Anerkennungsberatung für neue Integrationsfachkräfte planen",
                            "c-jobcenter-clara", null, 5, TaskStatus.IN_PROGRESS, Visibility.INTERNAL,
                            ContactInterface.AGENTUR_JOBCENTER, Topic.ANERKENNUNG),
                    new Plan("Zentrales Postfach des Jobcenters für die Schnittstellen benennen", null, JOBCENTER, -7,
                            TaskStatus.OPEN, Visibility.INTERNAL, ContactInterface.KOMMUNE_JOBCENTER, null),
                    new Plan("Alte Verteilerliste der Arbeitsgruppe löschen", null, JOBCENTER, -40, TaskStatus.DROPPED,
                            Visibility.INTERNAL, null, null),
                    new Plan("Arbeitgeberinformationstag mit dem Arbeitgeber-Service vorbereiten", "c-agentur-schmidt",
                            null, 12, TaskStatus.OPEN, Visibility.PARTNERS, null, Topic.ARBEITSMARKTINTEGRATION),
                    new Plan("Statistik der Berufssprachkurse des Vorjahres versenden", null, AGENTUR, -25,
                            TaskStatus.DONE, Visibility.INTERNAL, ContactInterface.KOMMUNE_AGENTUR,
                            Topic.SPRACHFOERDERUNG),
                    new Plan("Kinderbetreuung parallel zu Sprachkursen: Bedarf erheben", "c-kommune-oezdemir", null, 20,
                            TaskStatus.IN_PROGRESS, Visibility.INTERNAL, null, Topic.SPRACHFOERDERUNG),
                    new Plan("Gemeinsame Fallbesprechung mit der Ausländerbehörde", null, KOMMUNE, -60,
                            TaskStatus.DROPPED, Visibility.INTERNAL, ContactInterface.KOMMUNE_JOBCENTER,
                            Topic.AUFENTHALTSRECHT));
            var created = Formats.today().minusDays(45).atStartOfDay(Formats.ZONE).toInstant();
            for (int i = 0; i < plans.size(); i++) {
                var task = task(plans.get(i), created);
                task.setId("t-demo-" + (i + 1));
                tasks.save(task);
            }
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    /** The monthly data transfer on the 5th: last month's done, this one open. */
    private void seedDataTransfer() {
        var today = LocalDate.now(clock);
        var repeat = TaskRepeat.monthly(5);
        var current = today.getDayOfMonth() <= 5 ? today.withDayOfMonth(5) : today.plusMonths(1).withDayOfMonth(5);
        var previous = current.minusMonths(1);
        var plan = new Plan("Monatlicher Datenaustausch Kommune – Agentur für Arbeit (Übergänge, Kursplätze)",
                "c-kommune-mueller", null, 0, TaskStatus.DONE, Visibility.INTERNAL, ContactInterface.KOMMUNE_AGENTUR,
                Topic.DATENAUSTAUSCH);
        var done = task(plan, previous.minusMonths(1).atStartOfDay(Formats.ZONE).toInstant());
        done.setDue(previous);
        done.setId(DATA_TRANSFER_SERIES);
        done.setRepeat(repeat);
        done.setSeriesId(DATA_TRANSFER_SERIES);
        done.setFollowUpCreated(true);
        tasks.save(done);
        var open = task(new Plan(plan.title(), plan.contactId(), null, 0, TaskStatus.OPEN, plan.visibility(),
                plan.contactInterface(), plan.topic()), previous.atStartOfDay(Formats.ZONE).toInstant());
        open.setDue(current);
        open.setId(DATA_TRANSFER_SERIES + "-" + current);
        open.setRepeat(repeat);
        open.setSeriesId(DATA_TRANSFER_SERIES);
        open.markRepetition();
        tasks.save(open);
    }

    private Task task(Plan plan, java.time.Instant created) {
        var today = LocalDate.now(clock);
        var task = new Task(plan.title(), today.plusDays(plan.dueInDays()));
        task.setOwner(plan.contactId(), plan.organisationId());
        owners.fillIn(task);
        task.setVisibility(plan.visibility());
        task.setContactInterface(plan.contactInterface());
        task.setTopic(plan.topic());
        task.setPriority(plan.dueInDays() < 0 && plan.status().isOpen() ? TaskPriority.HIGH : TaskPriority.NORMAL);
        task.created(properties.workingGroupId(), DEMO_COORDINATOR, created);
        var closed = created.plus(Duration.ofDays(7));
        task.changeStatus(plan.status(), plan.status() == TaskStatus.DROPPED
                ? "Hat sich durch eine Änderung der Zuständigkeit erledigt." : null, closed);
        // demo tasks were mailed about when they were given: the jobs must not mail them on the first start
        task.setAssignmentNotifiedFor(task.ownerKey());
        if (!task.getDue().isAfter(today.plusDays(3))) {
            task.setDueSoonNotifiedFor(task.getDue());
        }
        if (task.getDue().isBefore(today)) {
            task.setOverdueNotifiedFor(task.getDue());
        }
        return task;
    }
}
