package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.task.TaskMailChoices;
import de.arbeitsgruppe.portal.task.TaskMailKind;
import de.arbeitsgruppe.portal.task.TaskMailTiming;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Arguments for the task mails in the authorization matrix: the portal's automatic mail, and each
 * role's own mail settings (each matrix user saves their first choices).
 */
final class TaskMailArguments {

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("Mailer.sendAutomatically(String, OutgoingMail)", who -> args("ag-musterstadt", new OutgoingMail(
                new Recipient("Matrix Empfänger", "matrix-empfaenger@example.org"), null, "Matrix-Erinnerung",
                "Eine automatische Prüfnachricht.", List.of())));
        arguments.put("TaskMailSettings.mine()", who -> args());
        arguments.put("TaskMailSettings.save(TaskMailChoices)", who -> {
            var choices = new TaskMailChoices();
            choices.choose(TaskMailKind.DUE_SOON, TaskMailTiming.DAILY_SUMMARY);
            return args(choices);
        });
        return arguments;
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
