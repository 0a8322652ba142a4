package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** A record's fields as a description list; empty values are left out rather than shown blank. */
public class Details extends DescriptionList {

    public void show(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(getTranslation(labelKey)), new Description(value));
        }
    }
}
