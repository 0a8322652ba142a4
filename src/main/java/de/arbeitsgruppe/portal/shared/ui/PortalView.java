package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Base of every page: one translated {@code h1} and the browser title "Page – Koordinierungsportal"
 * in the user's language.
 */
public abstract class PortalView extends VerticalLayout implements HasDynamicTitle {

    protected final H1 heading = new H1();

    protected PortalView() {
        addClassName("portal-view");
        setPadding(true);
        heading.setText(getTranslation(titleKey()));
        add(heading);
    }

    /** Translation key of the page's heading and browser title. */
    protected abstract String titleKey();

    /** The heading, so that a page that names its record in the heading names it in the title too. */
    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.name");
    }
}
