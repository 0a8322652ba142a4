package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

/**
 * Where a detail page shows its record's "Verlauf" (for those who may read it), refilled per record.
 * The section is made by the audit module behind an interface, where the production build's scan of
 * the pages cannot see it: so the web component it uses is named here.
 */
@Uses(Details.class)
public class HistorySlot extends Div {

    private final RecordHistory history;

    public HistorySlot(RecordHistory history) {
        this.history = history;
        addClassName("portal-history-slot");
    }

    public void show(Class<?> documentType, String id) {
        removeAll();
        history.of(documentType, id).ifPresent(this::add);
    }
}
