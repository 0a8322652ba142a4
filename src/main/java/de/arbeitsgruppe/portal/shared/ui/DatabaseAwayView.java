package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Shown instead of a page that could not read its data because the database is away (Spring Data
 * turns the driver's timeouts and socket failures into this exception; Vaadin finds it anywhere in
 * the chain of causes, e.g. inside the failure to create a view). Without the main layout, which
 * reads the logged-in account from the same database. HTTP 503 tells monitors the cause is
 * temporary; "Erneut versuchen" opens the same address again.
 */
@AnonymousAllowed
public class DatabaseAwayView extends PortalView implements HasErrorParameter<DataAccessResourceFailureException> {

    final Anchor retry = new Anchor();

    DatabaseAwayView() {
        addClassName("portal-database-away");
        retry.setText(getTranslation("error.database.retry"));
        add(new Paragraph(getTranslation(DatabaseAway.MESSAGE)), retry);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        retry.setHref(event.getLocation().getPathWithQueryParameters());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    protected String titleKey() {
        return DatabaseAway.TITLE;
    }
}
