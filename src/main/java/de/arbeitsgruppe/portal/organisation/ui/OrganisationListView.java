package de.arbeitsgruppe.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** All organisations of the working group, searchable by name and filterable by kind. */
@Route("organisationen")
@Menu(order = 10, icon = "vaadin:building", title = "organisations.title")
@PermitAll
public class OrganisationListView extends PortalView {

    final TextField search = new TextField();
    final MultiSelectComboBox<OrganisationKind> kinds = new MultiSelectComboBox<>();
    final Grid<Organisation> grid = new Grid<>(Organisation.class, false);
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
        var toolbar = new HorizontalLayout(search, kinds, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        configureGrid();
        empty.addClassName("portal-empty");
        add(toolbar, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(o -> new Anchor("organisationen/" + o.getId(), o.getName()))
                .setHeader(getTranslation("organisation.name")).setFlexGrow(3);
        grid.addColumn(Organisation::getShortName).setHeader(getTranslation("organisation.shortName"));
        grid.addColumn(o -> getTranslation(o.getKind().translationKey()))
                .setHeader(getTranslation("organisation.kind"));
        grid.addColumn(o -> getTranslation(o.getMembership().translationKey()))
                .setHeader(getTranslation("organisation.membership"));
        grid.addColumn(o -> o.getAddress().getCity()).setHeader(getTranslation("organisation.city"));
        grid.setAriaLabel(getTranslation("organisations.title"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
    }

    void refresh() {
        List<Organisation> found = organisations.search(search.getValue(), kinds.getValue());
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
        empty.setText(getTranslation(search.isEmpty() && kinds.isEmpty()
                ? "organisations.empty" : "organisations.empty.filtered"));
    }

    @Override
    protected String titleKey() {
        return "organisations.title";
    }
}
