package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action; screen readers announce them (Notification is a live region). */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        if (UI.getCurrent() == null) {
            return;
        }
        var notification = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
