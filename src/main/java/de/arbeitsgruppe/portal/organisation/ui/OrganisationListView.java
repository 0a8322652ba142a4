package de.arbeitsgruppe.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.FilterPanel;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** All organisations of the working group, searchable by name and filterable by kind. */
@Route("organisationen")
@Menu(order = 10, icon = "vaadin:building", title = "organisations.title")
@PermitAll
public class OrganisationListView extends PortalView {

    final TextField search = new TextField();
    final MultiSelectComboBox<OrganisationKind> kinds = new MultiSelectComboBox<>();
    final ResponsiveTable<Organisation> list = new ResponsiveTable<>(getTranslation("organisations.title"));
    final Paragraph empty = new Paragraph();
    final Button create = new Button();

    private final OrganisationManagement organisations;

    OrganisationListView(OrganisationManagement organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        search.setLabel(getTranslation("organisations.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        kinds.setLabel(getTranslation("organisations.filter.kind"));
        kinds.setItems(OrganisationKind.values());
        kinds.setItemLabelGenerator(EnumLabels.of(this, OrganisationKind::translationKey));
        kinds.addValueChangeListener(change -> refresh());
        create.setText(getTranslation("organisations.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("organisationen/neu")));
        create.setVisible(currentUser.require().isCoordinatorOrAdmin());
        search.setWidth("min(100%, 24rem)");
        configureList();
        empty.addClassName("portal-empty");
        add(create, search, new FilterPanel(kinds), list, empty);
        refresh();
    }

    private void configureList() {
        list.addComponentColumn(getTranslation("organisation.name"), o -> new Anchor("organisationen/" + o.getId(), o.getName()));
        list.addColumn(getTranslation("organisation.shortName"), Organisation::getShortName);
        list.addColumn(getTranslation("organisation.kind"), o -> getTranslation(o.getKind().translationKey()));
        list.addColumn(getTranslation("organisation.membership"), o -> getTranslation(o.getMembership().translationKey()));
        list.addColumn(getTranslation("organisation.city"), o -> o.getAddress().getCity());
    }

    void refresh() {
        List<Organisation> found = organisations.search(search.getValue(), kinds.getValue());
        list.setItems(found);
        list.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
        empty.setText(getTranslation(search.isEmpty() && kinds.isEmpty()
                ? "organisations.empty" : "organisations.empty.filtered"));
    }

    @Override
    protected String titleKey() {
        return "organisations.title";
    }
}
