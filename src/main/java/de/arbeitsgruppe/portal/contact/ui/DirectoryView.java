package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ConfirmationReminders;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** "Ansprechpartner": instant search over name, function, organisation and topic, with filters. */
@Route("ansprechpartner")
@Menu(order = 20, icon = "vaadin:phone", title = "contacts.title")
@PermitAll
public class DirectoryView extends PortalView {

    static final int EXPORT_LIMIT = 5000;
    static final int PAGE_SIZE = 50;

    final TextField search = new TextField();
    final ComboBox<ContactInterface> interfaceFilter = new ComboBox<>();
    final ComboBox<Topic> topicFilter = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisationFilter = new ComboBox<>();
    final Grid<Contact> grid = new Grid<>(Contact.class, false);
    final Paragraph empty = new Paragraph();
    final Span resultCount = new Span();
    final Button confirmOwn = new Button();
    final Button create = new Button();
    final Anchor exportList;

    private final ContactDirectory directory;
    private final boolean coordinatorOrAdmin;

    DirectoryView(ContactDirectory directory, OrganisationManagement organisations, CurrentUser currentUser) {
        this.directory = directory;
        this.coordinatorOrAdmin = currentUser.require().isCoordinatorOrAdmin();
        search.setLabel(getTranslation("contacts.search"));
        search.setHelperText(getTranslation("contacts.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        interfaceFilter.setLabel(getTranslation("contact.interfaces"));
        interfaceFilter.setItems(ContactInterface.values());
        interfaceFilter.setItemLabelGenerator(EnumLabels.of(this, ContactInterface::translationKey));
        topicFilter.setLabel(getTranslation("contact.topics"));
        topicFilter.setItems(Topic.values());
        topicFilter.setItemLabelGenerator(EnumLabels.of(this, Topic::translationKey));
        organisationFilter.setLabel(getTranslation("contact.organisation"));
        organisationFilter.setItems(organisations.summaries());
        organisationFilter.setItemLabelGenerator(OrganisationSummary::name);
        for (var filter : new com.vaadin.flow.component.HasValue<?, ?>[] {search, interfaceFilter, topicFilter,
                organisationFilter}) {
            filter.addValueChangeListener(change -> refresh());
        }
        for (var combo : new ComboBox<?>[] {interfaceFilter, topicFilter, organisationFilter}) {
            combo.setClearButtonVisible(true);
        }
        exportList = VCardDownloads.link(getTranslation("contacts.exportList"), "ansprechpartner.vcf",
                () -> directory.search(query(), 0, EXPORT_LIMIT));
        var filters = new HorizontalLayout(search, interfaceFilter, topicFilter, organisationFilter);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, createActions(), resultCount, grid, empty);
        configureGrid();
        resultCount.getElement().setAttribute("role", "status");
        empty.addClassName("portal-empty");
        refresh();
    }

    private HorizontalLayout createActions() {
        confirmOwn.setText(getTranslation("contacts.confirmOwn"));
        // the person reads the entry before confirming it
        confirmOwn.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ConfirmationReminders.CONFIRM_PATH)));
        confirmOwn.setVisible(directory.ownEntry().isPresent());
        create.setText(getTranslation("contacts.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(coordinatorOrAdmin);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("ansprechpartner/neu")));
        var actions = new HorizontalLayout(create, confirmOwn, exportList);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void configureGrid() {
        grid.addComponentColumn(c -> new Anchor("ansprechpartner/" + c.getId(), c.getName()))
                .setHeader(getTranslation("contact.name")).setFlexGrow(2);
        grid.addColumn(Contact::getFunction).setHeader(getTranslation("contact.function")).setFlexGrow(2);
        grid.addColumn(Contact::getOrganisationName).setHeader(getTranslation("contact.organisation"));
        grid.addColumn(Contact::getPhone).setHeader(getTranslation("contact.phone"));
        grid.addComponentColumn(c -> c.getEmail() == null ? new Span()
                : new Anchor("mailto:" + c.getEmail(), c.getEmail())).setHeader(getTranslation("contact.email"));
        grid.addColumn(c -> c.getTopics().stream().map(t -> getTranslation(t.translationKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("contact.topics")).setFlexGrow(2);
        if (coordinatorOrAdmin) {
            grid.addComponentColumn(this::confirmationBadge).setHeader(getTranslation("contact.lastConfirmed"));
        }
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAriaLabel(getTranslation("contacts.title"));
        grid.setPageSize(PAGE_SIZE);
        // names and functions are long in public administration: wrap them instead of cutting them off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private Span confirmationBadge(Contact contact) {
        var text = contact.getLastConfirmed() == null ? getTranslation("contact.neverConfirmed")
                : contact.lastConfirmedText();
        var badge = new Span(text);
        if (contact.needsConfirmation(Formats.today())) {
            badge.setText(getTranslation("contact.confirmationDue", text));
            badge.addClassName("portal-flag");
        }
        return badge;
    }

    ContactQuery query() {
        return new ContactQuery(search.getValue(), interfaceFilter.getValue(), topicFilter.getValue(),
                organisationFilter.getValue() == null ? null : organisationFilter.getValue().id());
    }

    void refresh() {
        var query = query();
        var first = directory.firstPage(query, PAGE_SIZE);
        long total = first.total();
        // the first page comes with the total; scrolling further asks for more
        grid.setItems(page -> page.getOffset() == 0 && page.getLimit() <= PAGE_SIZE
                ? first.contacts().stream().limit(page.getLimit())
                : directory.search(query, page.getOffset(), page.getLimit()).stream());
        grid.setVisible(total > 0);
        empty.setVisible(total == 0);
        boolean unfiltered = search.isEmpty() && interfaceFilter.isEmpty() && topicFilter.isEmpty()
                && organisationFilter.isEmpty();
        empty.setText(getTranslation(unfiltered ? "contacts.empty" : "contacts.empty.filtered"));
        resultCount.setText(getTranslation("contacts.count", total));
    }

    @Override
    protected String titleKey() {
        return "contacts.title";
    }
}
