package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way to tell the user how an action went; screen readers announce it (Notification is a
 * live region). Shown at the bottom, so it never covers the header. A success disappears by itself;
 * an error stays until the user closes it, the next action succeeds or the page changes — so an old
 * "Bitte prüfen Sie …" never stands next to a new "Gespeichert.".
 */
public final class Notices {

    private static final int SUCCESS_MILLIS = 4000;
    private static final String TEXT = Notices.class.getName() + ".text";

    private Notices() {
    }

    public static void success(String text) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        closeErrors();
        var notification = new Notification(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }

    public static void error(String text) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        closeErrors();
        var notification = new Notification();
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        notification.setDuration(0);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        var close = new Button(ui.getTranslation("notice.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.addClassName("portal-notice-close");
        var content = new Div(new Span(text), close);
        content.addClassName("portal-notice");
        notification.add(content);
        ComponentUtil.setData(notification, TEXT, text);
        notification.open();
        openErrors(ui).add(notification);
        notification.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                openErrors(ui).remove(notification);
            }
        });
    }

    /** Closes the error messages still open in the current window. */
    public static void closeErrors() {
        var ui = UI.getCurrent();
        if (ui != null) {
            List.copyOf(openErrors(ui)).forEach(Notification::close);
        }
    }

    /** The text of the messages open now (what the user reads), for tests. */
    public static List<String> openErrorTexts() {
        var ui = UI.getCurrent();
        return ui == null ? List.of() : openErrors(ui).stream()
                .map(notification -> (String) ComponentUtil.getData(notification, TEXT)).toList();
    }

    /** The text of a message shown here, as the user reads it ({@code null} for another notification). */
    public static String textOf(Notification notification) {
        return (String) ComponentUtil.getData(notification, TEXT);
    }

    @SuppressWarnings("unchecked")
    private static List<Notification> openErrors(UI ui) {
        var errors = (List<Notification>) ComponentUtil.getData(ui, Notices.class.getName());
        if (errors == null) {
            errors = new ArrayList<>();
            ComponentUtil.setData(ui, Notices.class.getName(), errors);
        }
        return errors;
    }
}
