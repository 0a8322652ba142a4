package de.arbeitsgruppe.portal.organisation.ui;

import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.ui.Details;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.PermitAll;

/** One organisation's profile; the edit button shows only to those who may edit it. */
@Route("organisationen/:id")
@PermitAll
public class OrganisationDetailView extends PortalView implements BeforeEnterObserver {

    final Details details = new Details();
    final Paragraph description = new Paragraph();
    final Button edit = new Button();

    final HistorySlot history;
    private final OrganisationManagement organisations;
    private Organisation organisation;

    OrganisationDetailView(OrganisationManagement organisations, RecordHistory recordHistory) {
        this.organisations = organisations;
        this.history = new HistorySlot(recordHistory);
        edit.setText(getTranslation("organisation.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(click -> getUI().ifPresent(
                ui -> ui.navigate("organisationen/" + organisation.getId() + "/bearbeiten")));
        add(details, description, edit, history, new Anchor("organisationen", getTranslation("organisations.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse(null);
        var found = organisations.find(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(Organisation shown) {
        organisation = shown;
        heading.setText(shown.getName());
        details.removeAll();
        details.show("organisation.shortName", shown.getShortName());
        details.show("organisation.kind", getTranslation(shown.getKind().translationKey()));
        details.show("organisation.membership", getTranslation(shown.getMembership().translationKey()));
        details.show("organisation.address", shown.getAddress().singleLine());
        details.show("organisation.phone", shown.getPhone());
        details.show("organisation.email", shown.getEmail());
        details.show("organisation.website", shown.getWebsite());
        details.show("organisation.areasOfWork", String.join(", ", shown.getAreasOfWork()));
        description.setText(shown.getDescription() == null ? "" : shown.getDescription());
        edit.setVisible(organisations.mayEdit(shown));
        history.show(Organisation.class, shown.getId());
    }

    @Override
    protected String titleKey() {
        return "organisation.title";
    }
}
