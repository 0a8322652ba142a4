package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Unknown address or record: says so, and links back to the start page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends PortalView implements HasErrorParameter<NotFoundException> {

    private final RefusalReport refusals;

    NotFoundView(RefusalReport refusals) {
        this.refusals = refusals;
        add(new Paragraph(getTranslation("error.notfound.text")), new Anchor("", getTranslation("error.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        refusals.report(event);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected String titleKey() {
        return "error.notfound.title";
    }
}
