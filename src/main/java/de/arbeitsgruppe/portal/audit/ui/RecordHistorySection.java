package de.arbeitsgruppe.portal.audit.ui;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import java.util.Optional;


/**
 * The "Verlauf" on a record's page, for admins and coordinators: folded, opened on demand, read when
 * opened, newest first, each entry with time, person and field-by-field changes.
 */
@org.springframework.stereotype.Component
class RecordHistorySection implements RecordHistory {

    private final AuditTrail trail;
    private final CurrentUser currentUser;

    RecordHistorySection(AuditTrail trail, CurrentUser currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> of(Class<?> documentType, String id) {
        if (currentUser.find().filter(user -> user.isCoordinatorOrAdmin()).isEmpty()) {
            return Optional.empty();
        }
        var ui = UI.getCurrent();
        var texts = new AuditTexts(ui::getTranslation);
        var content = new Div();
        var details = new Details(ui.getTranslation("audit.history"), content);
        details.addClassName("portal-history");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && content.getChildren().findAny().isEmpty()) {
                fill(content, texts, documentType, id);
            }
        });
        return Optional.of(details);
    }

    private void fill(Div content, AuditTexts texts, Class<?> documentType, String id) {
        var entries = trail.historyOf(documentType, id);
        if (entries.isEmpty()) {
            content.add(new Paragraph(content.getTranslation("audit.history.empty")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("portal-history-list");
        entries.forEach(entry -> list.add(item(texts, entry)));
        content.add(list);
        if (entries.size() >= AuditTrail.HISTORY_LIMIT) {
            content.add(new Paragraph(content.getTranslation("audit.history.more", AuditTrail.HISTORY_LIMIT)));
        }
    }

    private static ListItem item(AuditTexts texts, AuditEntry entry) {
        var head = new Span(texts.when(entry) + " · " + texts.who(entry.actor()) + " · " + texts.kind(entry));
        head.addClassName("portal-history-head");
        var item = new ListItem(head);
        if (!entry.changes().isEmpty() || entry.reason() != null) {
            var changes = new UnorderedList();
            texts.changes(entry).lines().forEach(line -> changes.add(new ListItem(line)));
            item.add(changes);
        }
        return item;
    }
}
