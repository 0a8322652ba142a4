package de.arbeitsgruppe.portal.contact.ui;

import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** One contact with deputy, interfaces and topics, vCard download and (if allowed) editing. */
@Route("ansprechpartner/:id")
@PermitAll
public class ContactDetailView extends PortalView implements BeforeEnterObserver {

    final ContactDetails details = new ContactDetails();
    final Button edit = new Button();
    final HorizontalLayout actions = new HorizontalLayout();

    final HistorySlot history;
    private final ContactDirectory directory;
    private Contact contact;

    ContactDetailView(ContactDirectory directory, RecordHistory recordHistory) {
        this.directory = directory;
        this.history = new HistorySlot(recordHistory);
        edit.setText(getTranslation("contact.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(click -> getUI().ifPresent(
                ui -> ui.navigate("ansprechpartner/" + contact.getId() + "/bearbeiten")));
        add(details, actions, history, new Anchor("ansprechpartner", getTranslation("contacts.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = directory.find(event.getRouteParameters().get("id").orElse(null));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(Contact shown) {
        contact = shown;
        heading.setText(shown.getName());
        details.show(shown, directory);
        var vcard = VCardDownloads.link(getTranslation("contact.vcard"), fileName(shown), () -> List.of(contact));
        actions.removeAll();
        actions.add(vcard);
        if (directory.mayEdit(shown)) {
            actions.addComponentAsFirst(edit);
        }
        history.show(Contact.class, shown.getId());
    }

    private static String fileName(Contact contact) {
        return contact.getName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "") + ".vcf";
    }

    @Override
    protected String titleKey() {
        return "contact.title";
    }
}
