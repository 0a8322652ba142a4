package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.InterfaceMatrix;
import de.arbeitsgruppe.portal.contact.InterfaceRow;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/** The interface matrix: per interface and authority the contact, deputy and central mailbox. */
@Route("schnittstellen")
@Menu(order = 30, icon = "vaadin:connect", title = "matrix.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class InterfaceMatrixView extends PortalView {

    final List<InterfaceRow> rows;

    InterfaceMatrixView(InterfaceMatrix matrix) {
        rows = matrix.rows();
        add(new Paragraph(getTranslation("matrix.intro")));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("matrix.empty")));
        }
        for (ContactInterface contactInterface : ContactInterface.values()) {
            var section = rows.stream().filter(r -> r.contactInterface() == contactInterface).toList();
            if (!section.isEmpty()) {
                add(new H2(getTranslation(contactInterface.translationKey())), grid(contactInterface, section));
            }
        }
    }

    private Grid<InterfaceRow> grid(ContactInterface contactInterface, List<InterfaceRow> section) {
        var grid = new Grid<InterfaceRow>();
        grid.addColumn(r -> r.organisation().name()).setHeader(getTranslation("matrix.organisation"));
        grid.addComponentColumn(r -> cell(r.contact())).setHeader(getTranslation("matrix.contact"));
        grid.addComponentColumn(r -> cell(r.deputy())).setHeader(getTranslation("matrix.deputy"));
        grid.addComponentColumn(r -> mailbox(r.mailbox())).setHeader(getTranslation("matrix.mailbox"));
        grid.setItems(section);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAriaLabel(getTranslation(contactInterface.translationKey()));
        grid.addClassName("portal-matrix");
        return grid;
    }

    private Component cell(Optional<Contact> contact) {
        return contact.<Component>map(c -> {
            var link = new Anchor("ansprechpartner/" + c.getId(), c.getName());
            var phone = new Span(c.getPhone() == null ? "" : " · " + c.getPhone());
            return new Span(link, phone);
        }).orElseGet(this::gap);
    }

    private Component mailbox(Optional<Contact> mailbox) {
        return mailbox.filter(m -> m.getEmail() != null)
                .<Component>map(m -> new Anchor("mailto:" + m.getEmail(), m.getEmail()))
                .orElseGet(this::gap);
    }

    private Span gap() {
        var gap = new Span(getTranslation("matrix.gap"));
        gap.addClassName("portal-gap");
        return gap;
    }

    @Override
    protected String titleKey() {
        return "matrix.title";
    }
}
