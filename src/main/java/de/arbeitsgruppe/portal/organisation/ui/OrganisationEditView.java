package de.arbeitsgruppe.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.EditTarget;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;

/**
 * Create ("organisationen/neu") or edit a profile. A partner reaches only its own organisation; any
 * other id, typed into the address bar, shows the "not allowed" page.
 */
@Route("organisationen/:id/bearbeiten")
@RouteAlias("organisationen/neu")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARTNER_NAME})
public class OrganisationEditView extends PortalView implements BeforeEnterObserver {

    final OrganisationForm form;
    final Button save = new Button();
    final Button cancel = new Button();

    private final OrganisationManagement organisations;
    private final boolean coordinatorOrAdmin;
    private Organisation organisation;

    OrganisationEditView(OrganisationManagement organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        this.coordinatorOrAdmin = currentUser.require().isCoordinatorOrAdmin();
        form = new OrganisationForm(coordinatorOrAdmin);
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> leave());
        add(form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var target = EditTarget.resolve(event, coordinatorOrAdmin, Organisation::new, organisations::find,
                organisations::mayEdit);
        if (target.isEmpty()) {
            return;
        }
        organisation = target.get();
        if (organisation.getId() != null) {
            heading.setText(getTranslation("organisation.edit.title", organisation.getName()));
        }
        form.binder.readBean(organisation);
    }

    void save() {
        if (!form.binder.writeBeanIfValid(organisation)) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        var saved = SaveFailures.attempt(this, () -> organisation.getId() == null
                ? organisations.create(organisation) : organisations.update(organisation));
        if (saved != null) {
            Notices.success(getTranslation("form.saved"));
            getUI().ifPresent(ui -> ui.navigate("organisationen/" + saved.getId()));
        }
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(organisation == null || organisation.getId() == null
                ? "organisationen" : "organisationen/" + organisation.getId()));
    }

    @Override
    protected String titleKey() {
        return "organisation.create.title";
    }
}
