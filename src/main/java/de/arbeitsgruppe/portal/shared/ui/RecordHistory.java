package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The "Verlauf" of one record for its detail page. Implemented by the audit module, so detail pages
 * show it without depending on that module; empty for users who may not read the trail.
 */
public interface RecordHistory {

    Optional<Component> of(Class<?> documentType, String id);
}
