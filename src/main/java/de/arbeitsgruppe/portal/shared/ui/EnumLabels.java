package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Function;

/** Turns enum values into translated labels via their translation-key method. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static <E> com.vaadin.flow.component.ItemLabelGenerator<E> of(Component owner, Function<E, String> key) {
        return value -> value == null ? "" : owner.getTranslation(key.apply(value));
    }

    public static String label(String key) {
        return UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key);
    }
}
