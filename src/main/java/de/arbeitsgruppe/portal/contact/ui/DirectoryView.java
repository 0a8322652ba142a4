package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import de.arbeitsgruppe.portal.shared.ui.Links;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.FilterPanel;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** "Ansprechpartner": instant search over name, function, organisation and topic, with filters. */
@Route("ansprechpartner")
@Menu(order = 20, icon = "vaadin:phone", title = "contacts.title")
@PermitAll
public class DirectoryView extends PortalView {

    static final int EXPORT_LIMIT = 5000;
    /** Entries per page: a screen and more; each shown row is some twenty components held in the session. */
    static final int PAGE_SIZE = 25;

    final TextField search = new TextField();
    final ComboBox<ContactInterface> interfaceFilter = new ComboBox<>();
    final ComboBox<Topic> topicFilter = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisationFilter = new ComboBox<>();
    final ResponsiveTable<Contact> list = new ResponsiveTable<>(getTranslation("contacts.title"));
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
        search.setWidth("min(100%, 24rem)");
        add(search, new FilterPanel(interfaceFilter, topicFilter, organisationFilter), createActions(), resultCount, list,
                empty);
        configureList();
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

    private void configureList() {
        list.addComponentColumn(getTranslation("contact.name"), c -> new Anchor("ansprechpartner/" + c.getId(), c.getName()));
        list.addColumn(getTranslation("contact.function"), Contact::getFunction);
        list.addColumn(getTranslation("contact.organisation"), Contact::getOrganisationName);
        list.addComponentColumn(getTranslation("contact.phone"), c -> Links.phone(c.getPhone()));
        list.addComponentColumn(getTranslation("contact.email"), c -> Links.email(c.getEmail()));
        list.addColumn(getTranslation("contact.topics"), c -> c.getTopics().stream()
                .map(t -> getTranslation(t.translationKey())).collect(Collectors.joining(", ")));
        if (coordinatorOrAdmin) {
            list.addComponentColumn(getTranslation("contact.lastConfirmed"), this::confirmationBadge);
        }
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
        var first = directory.firstPage(query, PAGE_SIZE + 1);
        long total = first.total();
        // the first page comes with the total; "Weitere anzeigen" asks for more
        // the first page is handed over once, not kept in the session for as long as the view is open
        var firstPage = new AtomicReference<>(first.contacts());
        list.setPages(PAGE_SIZE, (offset, limit) -> {
            var page = offset == 0 ? firstPage.getAndSet(null) : null;
            return page != null ? page : directory.search(query, offset, limit);
        });
        list.setVisible(total > 0);
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
