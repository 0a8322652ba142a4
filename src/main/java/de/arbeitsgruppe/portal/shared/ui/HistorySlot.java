package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.Div;

/** Where a detail page shows its record's "Verlauf" (for those who may read it), refilled per record. */
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
