package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Erklärung zur Barrierefreiheit, required by BITV 2.0 and reachable without login. */
@Route("barrierefreiheit")
@AnonymousAllowed
public class AccessibilityView extends PortalView {

    AccessibilityView() {
        add(new Paragraph(getTranslation("accessibility.scope")),
                new H2(getTranslation("accessibility.status.heading")),
                new Paragraph(getTranslation("accessibility.status")),
                new H2(getTranslation("accessibility.feedback.heading")),
                new Paragraph(getTranslation("accessibility.feedback")),
                new H2(getTranslation("accessibility.enforcement.heading")),
                new Paragraph(getTranslation("accessibility.enforcement")));
    }

    @Override
    protected String titleKey() {
        return "accessibility.title";
    }
}
