package de.arbeitsgruppe.portal.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.AuditFilter;
import de.arbeitsgruppe.portal.audit.AuditKind;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: the whole trail, newest first, filtered by person, organisation, record type, event and
 * period; read from the server page by page as the list scrolls, and exported as CSV.
 */
@Route("admin/verlauf")
@Menu(order = 92, icon = "vaadin:time-backward", title = "audit.title")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditTrailView extends PortalView {

    final ComboBox<Account> person = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Select<String> recordType = new Select<>();
    final Select<AuditKind> kind = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final Paragraph empty = new Paragraph();
    final Anchor csv;

    private final AuditTrail trail;
    private final AuditTexts texts = new AuditTexts(this::getTranslation);

    AuditTrailView(AuditTrail trail, AccountManagement accounts, OrganisationManagement organisations) {
        this.trail = trail;
        person.setLabel(getTranslation("audit.person"));
        person.setItems(accounts.findAll());
        person.setItemLabelGenerator(account -> account.getDisplayName() + " (" + account.getUsername() + ")");
        organisation.setLabel(getTranslation("audit.organisation"));
        organisation.setItems(organisations.summaries());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        recordType.setLabel(getTranslation("audit.recordType"));
        recordType.setItems(trail.recordTypes());
        recordType.setEmptySelectionAllowed(true);
        recordType.setEmptySelectionCaption(getTranslation("audit.any"));
        recordType.setItemLabelGenerator(type -> type == null ? getTranslation("audit.any") : texts.recordType(type));
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.any"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("audit.any") : getTranslation(value.translationKey()));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            DatePickers.localise(picker, this);
            picker.setClearButtonVisible(true);
        }
        person.setClearButtonVisible(true);
        organisation.setClearButtonVisible(true);
        var filters = new FlexLayout(person, organisation, recordType, kind, from, to);
        filters.addClassName("portal-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        person.addValueChangeListener(change -> refresh());
        organisation.addValueChangeListener(change -> refresh());
        recordType.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        csv = new Anchor(AuditCsv.download(trail, this::filter, texts), AttachmentType.DOWNLOAD, getTranslation("audit.csv"));
        csv.addClassName("portal-download");
        configureGrid();
        empty.setText(getTranslation("audit.empty"));
        empty.addClassName("portal-empty");
        add(new Paragraph(getTranslation("audit.intro")), filters, csv, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(texts::when).setHeader(getTranslation("audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> texts.who(entry.actor())).setHeader(getTranslation("audit.person")).setFlexGrow(1);
        grid.addColumn(texts::kind).setHeader(getTranslation("audit.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(texts::record).setHeader(getTranslation("audit.record")).setFlexGrow(1);
        grid.addComponentColumn(this::changes).setHeader(getTranslation("audit.changes")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAriaLabel(getTranslation("audit.title"));
        // pages of up to 10,000 entries load as the list scrolls, so it keeps a scroll area of its own:
        // as tall as the window allows rather than Vaadin's 400 px box above an empty page
        grid.setAllRowsVisible(false);
        grid.setHeight("75vh");
        grid.setMinHeight("20rem");
    }

    private Div changes(AuditEntry entry) {
        var changes = new Div(texts.changes(entry));
        changes.getStyle().set("white-space", "pre-line");
        return changes;
    }

    AuditFilter filter() {
        return new AuditFilter(person.getValue() == null ? null : person.getValue().getUsername(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                recordType.getValue(), kind.getValue(), from.getValue(), to.getValue());
    }

    void refresh() {
        var current = filter();
        var any = !trail.find(current, 0, 1).isEmpty();
        grid.setItems(query -> trail.find(current, query.getOffset(), query.getLimit()).stream());
        grid.setVisible(any);
        empty.setVisible(!any);
    }

    @Override
    protected String titleKey() {
        return "audit.title";
    }
}
