package de.arbeitsgruppe.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.notification.Outbox;
import de.arbeitsgruppe.portal.notification.OutboxMail;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task mails as their recipients get them through a real SMTP server: who receives what, with
 * which words, when (a movable clock), and how often (once).
 */
class TaskMailsIT extends TaskMailContext {

    @Autowired
    Outbox outbox;

    @Test
    void mailsATaskGivenToAPersonToTheirAccountOnceAndNamesTaskOwnerDueDateOriginAndLink() {
        var day = startDay(0);
        var team = team("Zuweisung", 1);
        var person = team.people().getFirst();
        var title = "Daten liefern " + suffix;

        var task = giveToPerson(title, day.plusDays(14), person.contactId(), team.organisationId());
        events.publishEvent(new TaskAssigned(task.getId(), GROUP));

        var mail = mails(person.email(), "Neue Aufgabe: " + title);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().text()).startsWith("Guten Tag Zuweisung Person 1,\n\nIhnen wurde eine Aufgabe übertragen.")
                .contains("Aufgabe: " + title, "Zuständig: Zuweisung Person 1 (" + team.name() + ")",
                        "Fällig am: " + Formats.date(day.plusDays(14)), "Herkunft: ohne Sitzung vergeben",
                        "Zur Aufgabe: http://localhost:8080/aufgaben/" + task.getId(),
                        "stellen Sie hier ein: http://localhost:8080/aufgaben/benachrichtigungen");
        assertThat(mails("kontakt-" + person.email(), title)).as("not to the directory's address").isEmpty();
        var kept = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> outbox.newest(200)).stream()
                .filter(outboxMail -> outboxMail.getSubject().contains(title)).toList();
        assertThat(kept).extracting(OutboxMail::getCreatedBy).containsExactly("portal");
    }

    @Test
    void mailsATaskGivenToAnOrganisationToEveryAccountOfIt() {
        var day = startDay(0);
        var team = team("Organisation", 3);
        var title = "Konzept abstimmen " + suffix;

        giveToOrganisation(title, day.plusDays(10), team.organisationId());

        for (var person : team.people()) {
            var mail = mails(person.email(), "Neue Aufgabe: " + title);
            assertThat(mail).as(person.username()).hasSize(1);
            assertThat(mail.getFirst().text()).contains("Ihrer Organisation " + team.name() + " wurde eine Aufgabe übertragen.",
                    "Zuständig: " + team.name() + " (die ganze Organisation)");
        }
    }

    @Test
    void mailsSomeoneWithoutAnAccountAtTheAddressOfTheirEntry() {
        var day = startDay(0);
        var team = team("OhneZugang", 1);
        var address = "ohne-zugang-" + suffix + "@verein.example";
        var title = "Rückmeldung geben " + suffix;

        giveToPerson(title, day.plusDays(5), contactWithoutAccount(team, address), team.organisationId());

        var mail = mails(address, "Neue Aufgabe: " + title);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().text()).doesNotContain("aufgaben/benachrichtigungen");
    }

    @Test
    void mailsTheNewOwnerWhenTheTaskChangesHandsAndTheOfficeKeepsEditingWithoutAConflict() {
        var day = startDay(0);
        var team = team("Wechsel", 2);
        var first = team.people().get(0);
        var second = team.people().get(1);
        var title = "Bericht schreiben " + suffix;
        var task = giveToPerson(title, day.plusDays(7), first.contactId(), team.organisationId());

        task.setOwner(second.contactId(), team.organisationId());
        var changed = asCoordinator(() -> management.update(task));
        changed.setDescription("Bitte bis zur Sitzung.");
        asCoordinator(() -> management.update(changed));

        assertThat(mails(first.email(), "Neue Aufgabe: " + title)).hasSize(1);
        assertThat(mails(second.email(), "Neue Aufgabe: " + title)).hasSize(1);
    }

    @Test
    void mailsACommentToTheOwnersAndTheOfficeButNeverToItsAuthor() {
        var day = startDay(0);
        var team = team("Kommentar", 2);
        var author = team.people().get(0);
        var colleague = team.people().get(1);
        var title = "Liste prüfen " + suffix;
        var task = giveToOrganisation(title, day.plusDays(7), team.organisationId());

        SignedIn.as(author.username(), Role.PARTNER, () -> management.comment(task.getId(), "Liste ist unterwegs."));

        assertThat(mails(author.email(), "Neuer Kommentar zur Aufgabe: " + title)).isEmpty();
        var toColleague = mails(colleague.email(), "Neuer Kommentar zur Aufgabe: " + title);
        assertThat(toColleague).hasSize(1);
        assertThat(toColleague.getFirst().text()).contains("Kommentar Person 1 (" + team.name() + ") hat eine Aufgabe kommentiert",
                "Kommentar von Kommentar Person 1 (" + team.name() + "):\nListe ist unterwegs.");
        assertThat(mails(ANNA, "Neuer Kommentar zur Aufgabe: " + title)).as("the office that gave it").hasSize(1);

        asCoordinator(() -> management.comment(task.getId(), "Danke!"));

        assertThat(mails(ANNA, "Neuer Kommentar zur Aufgabe: " + title)).as("not her own").hasSize(1);
        assertThat(mails(author.email(), "Neuer Kommentar zur Aufgabe: " + title)).hasSize(1);
    }

    @Test
    void remindsThreeDaysBeforeTheDueDateExactlyOnce() {
        var day = startDay(0);
        var team = team("Erinnerung", 1);
        var person = team.people().getFirst();
        var title = "Termin vorbereiten " + suffix;
        var due = day.plusDays(5);
        giveToPerson(title, due, person.contactId(), team.organisationId());

        jobs().sendReminders();
        at(day.plusDays(1), 6);
        jobs().sendReminders();
        assertThat(mails(person.email(), title)).extracting(ReceivedMail::subject).containsExactly("Neue Aufgabe: " + title);

        at(due.minusDays(3), 6);
        jobs().sendReminders();
        at(due.minusDays(3), 7);
        jobs().sendReminders();
        at(due.minusDays(1), 6);
        jobs().sendReminders();

        var reminders = mails(person.email(), "Erinnerung: Aufgabe fällig am " + Formats.date(due) + ": " + title);
        assertThat(reminders).hasSize(1);
        assertThat(reminders.getFirst().text()).contains("die folgende Aufgabe ist am " + Formats.date(due) + " fällig.");
    }

    @Test
    void sendsTheOverdueNoticeOnceTheDayAfterTheDueDate() {
        var day = startDay(0);
        var team = team("Ueberfaellig", 1);
        var person = team.people().getFirst();
        var title = "Antrag stellen " + suffix;
        var due = day.plusDays(4);
        giveToPerson(title, due, person.contactId(), team.organisationId());

        at(due, 6);
        jobs().sendReminders();
        assertThat(mails(person.email(), "Überfällig: " + title)).isEmpty();

        at(due.plusDays(1), 6);
        jobs().sendReminders();
        at(due.plusDays(2), 6);
        jobs().sendReminders();

        var notices = mails(person.email(), "Überfällig: " + title);
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().text()).contains("war am " + Formats.date(due) + " fällig und ist noch nicht erledigt");
        assertThat(mails(person.email(), "Erinnerung: ")).filteredOn(mail -> mail.subject().contains(title)).hasSize(1);
    }

    @Test
    void catchesUpAfterDowntimeWithTheOverdueNoticeInsteadOfALateReminder() {
        var day = startDay(0);
        var team = team("Ausfall", 1);
        var person = team.people().getFirst();
        var title = "Statistik melden " + suffix;
        var due = day.plusDays(6);
        giveToPerson(title, due, person.contactId(), team.organisationId());

        // the portal was down from three days before the due date until the day after it
        at(due.plusDays(1), 11);
        jobs().sendReminders();
        jobs().sendReminders();

        assertThat(mails(person.email(), "Überfällig: " + title)).hasSize(1);
        assertThat(mails(person.email(), "Erinnerung: ")).filteredOn(mail -> mail.subject().contains(title)).isEmpty();
    }

    @Test
    void remindsOfAnExtendedTaskAgainForItsNewDate() {
        var day = startDay(0);
        var team = team("Verlaengert", 1);
        var person = team.people().getFirst();
        var title = "Vertrag prüfen " + suffix;
        var task = giveToPerson(title, day.plusDays(2), person.contactId(), team.organisationId());
        jobs().sendReminders();

        var current = asCoordinator(() -> management.find(task.getId())).orElseThrow();
        current.setDue(day.plusDays(12));
        asCoordinator(() -> management.update(current));
        at(day.plusDays(9), 6);
        jobs().sendReminders();
        jobs().sendReminders();

        assertThat(mails(person.email(), "Erinnerung: ")).filteredOn(mail -> mail.subject().contains(title))
                .extracting(ReceivedMail::subject)
                .containsExactly("Erinnerung: Aufgabe fällig am " + Formats.date(day.plusDays(2)) + ": " + title,
                        "Erinnerung: Aufgabe fällig am " + Formats.date(day.plusDays(12)) + ": " + title);
    }

    @Test
    void sendsNothingOfAKindSwitchedOffAndNeverLetsTheTaskGivenToOneselfBeSwitchedOff() {
        var day = startDay(0);
        var team = team("Aus", 2);
        var quiet = team.people().get(0);
        var other = team.people().get(1);
        choose(quiet, TaskMailKind.ASSIGNED_TO_MY_ORGANISATION, TaskMailTiming.OFF);
        var title = "Flyer verteilen " + suffix;

        giveToOrganisation(title, day.plusDays(20), team.organisationId());

        assertThat(mails(quiet.email(), title)).isEmpty();
        assertThat(mails(other.email(), "Neue Aufgabe: " + title)).hasSize(1);
        assertThatThrownBy(() -> choose(quiet, TaskMailKind.ASSIGNED_TO_ME, TaskMailTiming.OFF))
                .isInstanceOf(TaskRefused.class).extracting("field").isEqualTo("assignedToMe");
        assertThat(SignedIn.as(quiet.username(), Role.PARTNER, () -> settings.mine().timing(TaskMailKind.ASSIGNED_TO_ME)))
                .isEqualTo(TaskMailTiming.AT_ONCE);
    }

    @Test
    void collectsNewsForTheDailySummaryAndSendsItOnceTheNextMorning() {
        var day = startDay(0);
        var team = team("Zusammenfassung", 2);
        var reader = team.people().get(0);
        var other = team.people().get(1);
        choose(reader, TaskMailKind.ASSIGNED_TO_MY_ORGANISATION, TaskMailTiming.DAILY_SUMMARY);
        var first = "Raum buchen " + suffix;
        var second = "Einladung schreiben " + suffix;

        var firstTask = giveToOrganisation(first, day.plusDays(20), team.organisationId());
        giveToOrganisation(second, day.plusDays(21), team.organisationId());
        events.publishEvent(new TaskAssigned(firstTask.getId(), GROUP));
        at(day, 18);
        jobs().sendSummaries();

        assertThat(mails(reader.email(), suffix)).as("nothing before the next morning").isEmpty();
        assertThat(mails(other.email(), "Neue Aufgabe: ")).hasSize(2);

        at(day.plusDays(1), 7);
        jobs().sendSummaries();
        at(day.plusDays(1), 8);
        jobs().sendSummaries();
        at(day.plusDays(2), 7);
        jobs().sendSummaries();

        var summaries = mails(reader.email(), "Ihre Aufgaben: Zusammenfassung vom ");
        assertThat(summaries).hasSize(1);
        assertThat(summaries.getFirst().subject()).isEqualTo("Ihre Aufgaben: Zusammenfassung vom " + Formats.date(day.plusDays(1)));
        assertThat(summaries.getFirst().text()).contains("gibt es 2 Neuigkeiten zu Ihren Aufgaben",
                "1. Neue Aufgabe: " + first + "\nAufgabe: " + first, "2. Neue Aufgabe: " + second,
                "Fällig am: " + Formats.date(day.plusDays(21)));
        assertThat(mails(reader.email(), "Neue Aufgabe: ")).isEmpty();
    }
}
