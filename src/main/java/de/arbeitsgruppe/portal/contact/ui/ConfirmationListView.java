package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ConfirmationReminders;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.RolesAllowed;

/** For the coordinator: entries not confirmed for six months, oldest first, each with a reminder to its person. */
@Route("ansprechpartner-pruefen")
@Menu(order = 40, icon = "vaadin:clipboard-check", title = "confirmations.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ConfirmationListView extends PortalView {

    final Grid<Contact> grid = new Grid<>(Contact.class, false);
    final Paragraph empty = new Paragraph();

    private final ContactDirectory directory;

    ConfirmationListView(ContactDirectory directory, ConfirmationReminders reminders) {
        this.directory = directory;
        add(new Paragraph(getTranslation("confirmations.intro", Contact.CONFIRMATION_MONTHS)));
        grid.addComponentColumn(c -> new Anchor("ansprechpartner/" + c.getId(), c.getName()))
                .setHeader(getTranslation("contact.name"));
        grid.addColumn(Contact::getOrganisationName).setHeader(getTranslation("contact.organisation"));
        grid.addColumn(c -> c.getLastConfirmed() == null ? getTranslation("contact.neverConfirmed")
                : c.lastConfirmedText()).setHeader(getTranslation("contact.lastConfirmed"));
        grid.addComponentColumn(c -> new ReminderCell(c, reminders, sent -> refresh()))
                .setHeader(getTranslation("reminder.column"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAriaLabel(getTranslation("confirmations.title"));
        empty.setText(getTranslation("confirmations.empty"));
        add(grid, empty);
        refresh();
    }

    private void refresh() {
        var due = directory.needingConfirmation();
        grid.setItems(due);
        grid.setVisible(!due.isEmpty());
        empty.setVisible(due.isEmpty());
    }

    @Override
    protected String titleKey() {
        return "confirmations.title";
    }
}
