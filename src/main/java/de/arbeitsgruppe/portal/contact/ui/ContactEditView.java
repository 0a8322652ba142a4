package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.ui.EditTarget;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.PermitAll;

/**
 * New entry (coordinators, admins) or changes to an entry: coordinators and admins edit all,
 * everyone else only the entry linked to their own account. Saving also confirms the entry.
 */
@Route("ansprechpartner/:id/bearbeiten")
@RouteAlias("ansprechpartner/neu")
@PermitAll
public class ContactEditView extends PortalView implements BeforeEnterObserver {

    final Button save = new Button();
    final Button cancel = new Button();
    ContactForm form;

    private final ContactDirectory directory;
    private final OrganisationManagement organisations;
    private final boolean coordinatorOrAdmin;
    private Contact contact;

    ContactEditView(ContactDirectory directory, OrganisationManagement organisations, CurrentUser currentUser) {
        this.directory = directory;
        this.organisations = organisations;
        this.coordinatorOrAdmin = currentUser.require().isCoordinatorOrAdmin();
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> leave());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var target = EditTarget.resolve(event, coordinatorOrAdmin, Contact::new, directory::find, directory::mayEdit);
        if (target.isEmpty()) {
            return;
        }
        contact = target.get();
        if (contact.getId() != null) {
            heading.setText(getTranslation("contact.edit.title", contact.getName()));
        }
        var deputies = contact.getOrganisationId() == null ? java.util.List.<Contact>of()
                : directory.deputyCandidates(contact.getOrganisationId()).stream()
                        .filter(c -> !c.getId().equals(contact.getId())).toList();
        form = new ContactForm(organisations.summaries(), deputies, coordinatorOrAdmin);
        form.binder.readBean(contact);
        removeAll();
        add(heading, form, new HorizontalLayout(save, cancel));
    }

    void save() {
        if (!form.binder.writeBeanIfValid(contact)) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        var saved = SaveFailures.attempt(this, () -> contact.getId() == null
                ? directory.create(contact) : directory.update(contact));
        if (saved != null) {
            Notices.success(getTranslation("form.saved"));
            getUI().ifPresent(ui -> ui.navigate("ansprechpartner/" + saved.getId()));
        }
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(contact == null || contact.getId() == null
                ? "ansprechpartner" : "ansprechpartner/" + contact.getId()));
    }

    @Override
    protected String titleKey() {
        return "contact.create.title";
    }
}
