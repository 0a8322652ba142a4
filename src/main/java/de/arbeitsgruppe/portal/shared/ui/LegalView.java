package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Impressum and Datenschutz placeholder: the operating Kommune fills in its own text. */
@Route("impressum")
@AnonymousAllowed
public class LegalView extends PortalView {

    LegalView() {
        add(new H2(getTranslation("legal.imprint.heading")),
                new Paragraph(getTranslation("legal.imprint")),
                new H2(getTranslation("legal.privacy.heading")),
                new Paragraph(getTranslation("legal.privacy")));
    }

    @Override
    protected String titleKey() {
        return "legal.title";
    }
}
