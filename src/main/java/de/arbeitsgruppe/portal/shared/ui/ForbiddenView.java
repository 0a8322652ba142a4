package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a logged-in user opens a page or record that is not theirs: a plain explanation. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ForbiddenView extends PortalView implements HasErrorParameter<AccessDeniedException> {

    private final RefusalReport refusals;

    ForbiddenView(RefusalReport refusals) {
        this.refusals = refusals;
        addClassName("portal-forbidden");
        add(new Paragraph(getTranslation("error.forbidden.text")), new Anchor("", getTranslation("error.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        refusals.report(event);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    protected String titleKey() {
        return "error.forbidden.title";
    }
}
