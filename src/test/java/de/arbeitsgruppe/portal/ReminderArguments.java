package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the confirmation reminders in the authorization matrix: a fresh entry with an
 * address for every call, as each entry may be reminded once in 14 days.
 */
final class ReminderArguments {

    private final ContactDirectory directory;

    ReminderArguments(ApplicationContext context) {
        this.directory = context.getBean(ContactDirectory.class);
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("ConfirmationReminders.send(String, String)", who -> {
            var name = "Matrix Erinnerung " + UUID.randomUUID().toString().substring(0, 8);
            var contact = new Contact(ContactKind.PERSON, name, "org-agentur-musterstadt");
            contact.setEmail(name.replace(' ', '.').toLowerCase() + "@example.org");
            return new Object[] {directory.create(contact).getId(), "http://localhost:8080"};
        });
        return arguments;
    }
}
