package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import org.springframework.stereotype.Component;

/**
 * A click or other action whose listener fails because the database is away shows the message as a
 * notification; the page and whatever the user typed stay as they are. Every other failure goes to
 * Vaadin's default handling. Saves that go through {@link SaveFailures} never get here.
 */
@Component
class DatabaseAwayErrors implements VaadinServiceInitListener, ErrorHandler {

    private final ErrorHandler otherwise = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        if (ui != null && DatabaseAway.explains(event.getThrowable())) {
            Notices.error(ui.getTranslation(DatabaseAway.MESSAGE));
        } else {
            otherwise.error(event);
        }
    }
}
