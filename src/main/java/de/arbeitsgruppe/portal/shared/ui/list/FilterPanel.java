package de.arbeitsgruppe.portal.shared.ui.list;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A list's filters: side by side at a desk; on a phone folded behind a "Filter" button that says how
 * many are active, so that the results start above the fold. Only CSS decides which of the two is
 * shown; the button keeps {@code aria-expanded} in step for screen readers.
 */
public class FilterPanel extends Composite<Div> {

    final Button toggle = new Button();
    final Div fields = new Div();

    /** Each filter with the value it started with: a period that always has a value is active only when changed. */
    private final Map<HasValue<?, ?>, Object> filters = new LinkedHashMap<>();
    private boolean expanded;

    public FilterPanel(Component... filterFields) {
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addClassName("portal-filter-toggle");
        toggle.addClickListener(click -> setExpanded(!expanded));
        fields.addClassName("portal-filter-fields");
        fields.setId("filters-" + java.util.UUID.randomUUID());
        toggle.getElement().setAttribute("aria-controls", fields.getId().orElseThrow());
        for (Component field : filterFields) {
            fields.add(field);
            if (field instanceof HasValue<?, ?> filter) {
                filters.put(filter, filter.getValue());
                filter.addValueChangeListener(change -> updateToggle());
            }
        }
        getContent().addClassName("portal-filters");
        getContent().add(toggle, fields);
        setExpanded(false);
    }

    /** How many filters differ from where they started. */
    public int activeCount() {
        return (int) filters.entrySet().stream()
                .filter(filter -> !Objects.equals(filter.getKey().getValue(), filter.getValue())).count();
    }

    void setExpanded(boolean expanded) {
        this.expanded = expanded;
        getContent().getElement().setAttribute("expanded", expanded);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(expanded));
        updateToggle();
    }

    private void updateToggle() {
        var active = activeCount();
        toggle.setText(active == 0 ? getTranslation("list.filter") : getTranslation("list.filter.active", active));
    }
}
