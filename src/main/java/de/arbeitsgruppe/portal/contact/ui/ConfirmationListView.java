package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ConfirmationReminders;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;

/** For the coordinator: entries not confirmed for six months, oldest first, each with a reminder to its person. */
@Route("ansprechpartner-pruefen")
@Menu(order = 40, icon = "vaadin:clipboard-check", title = "confirmations.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ConfirmationListView extends PortalView {

    final ResponsiveTable<Contact> list = new ResponsiveTable<>(getTranslation("confirmations.title"));
    final Paragraph empty = new Paragraph();

    private final ContactDirectory directory;

    ConfirmationListView(ContactDirectory directory, ConfirmationReminders reminders) {
        this.directory = directory;
        add(new Paragraph(getTranslation("confirmations.intro", Contact.CONFIRMATION_MONTHS)));
        list.addComponentColumn(getTranslation("contact.name"), c -> new Anchor("ansprechpartner/" + c.getId(), c.getName()));
        list.addColumn(getTranslation("contact.organisation"), Contact::getOrganisationName);
        list.addColumn(getTranslation("contact.lastConfirmed"), c -> c.getLastConfirmed() == null
                ? getTranslation("contact.neverConfirmed") : c.lastConfirmedText());
        list.addComponentColumn(getTranslation("reminder.column"), c -> new ReminderCell(c, reminders, sent -> refresh()));
        empty.setText(getTranslation("confirmations.empty"));
        add(list, empty);
        refresh();
    }

    private void refresh() {
        var due = directory.needingConfirmation();
        list.setItems(due);
        list.setVisible(!due.isEmpty());
        empty.setVisible(due.isEmpty());
    }

    @Override
    protected String titleKey() {
        return "confirmations.title";
    }
}
