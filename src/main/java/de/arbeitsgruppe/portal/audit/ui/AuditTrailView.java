package de.arbeitsgruppe.portal.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
import de.arbeitsgruppe.portal.shared.ui.list.FilterPanel;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
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
    static final int PAGE_SIZE = 50;

    final ResponsiveTable<AuditEntry> list = new ResponsiveTable<>(getTranslation("audit.title"));
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
        var filters = new FilterPanel(person, organisation, recordType, kind, from, to);
        person.addValueChangeListener(change -> refresh());
        organisation.addValueChangeListener(change -> refresh());
        recordType.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        csv = new Anchor(AuditCsv.download(trail, this::filter, texts), AttachmentType.DOWNLOAD, getTranslation("audit.csv"));
        csv.addClassName("portal-download");
        configureList();
        empty.setText(getTranslation("audit.empty"));
        empty.addClassName("portal-empty");
        add(new Paragraph(getTranslation("audit.intro")), filters, csv, list, empty);
        refresh();
    }

    private void configureList() {
        list.addColumn(getTranslation("audit.at"), texts::when);
        list.addColumn(getTranslation("audit.person"), entry -> texts.who(entry.actor()));
        list.addColumn(getTranslation("audit.kind"), texts::kind);
        list.addColumn(getTranslation("audit.record"), texts::record);
        list.addComponentColumn(getTranslation("audit.changes"), this::changes);
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
        // 50 at a time: each page is found from the newest entry on (see AuditTrail.MAX_OFFSET)
        list.setPages(PAGE_SIZE, (offset, limit) -> trail.find(current, offset, limit));
        var any = !list.isEmpty();
        list.setVisible(any);
        empty.setVisible(!any);
    }

    @Override
    protected String titleKey() {
        return "audit.title";
    }
}
