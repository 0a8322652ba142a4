package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.Component;
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
import de.arbeitsgruppe.portal.shared.ui.Links;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
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

    private ResponsiveTable<InterfaceRow> grid(ContactInterface contactInterface, List<InterfaceRow> section) {
        var table = new ResponsiveTable<InterfaceRow>(getTranslation(contactInterface.translationKey()));
        table.addColumn(getTranslation("matrix.organisation"), r -> r.organisation().name());
        table.addComponentColumn(getTranslation("matrix.contact"), r -> cell(r.contact()));
        table.addComponentColumn(getTranslation("matrix.deputy"), r -> cell(r.deputy()));
        table.addComponentColumn(getTranslation("matrix.mailbox"), r -> mailbox(r.mailbox()));
        table.setItems(section);
        table.addClassName("portal-matrix");
        return table;
    }

    private Component cell(Optional<Contact> contact) {
        return contact.<Component>map(c -> {
            var link = new Anchor("ansprechpartner/" + c.getId(), c.getName());
            var phone = Links.phone(c.getPhone());
            return phone == null ? new Span(link) : new Span(link, new Span(" · "), phone);
        }).orElseGet(this::gap);
    }

    private Component mailbox(Optional<Contact> mailbox) {
        return mailbox.filter(m -> m.getEmail() != null)
                .<Component>map(m -> Links.email(m.getEmail()))
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
