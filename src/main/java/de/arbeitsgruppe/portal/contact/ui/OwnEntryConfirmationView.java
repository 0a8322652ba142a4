package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ConfirmationReminders;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.PermitAll;

/**
 * The person's own entry as the directory shows it, to be confirmed only after reading it: "Alles
 * korrekt – bestätigen" or "Ändern". The office's reminder mails link here.
 */
@Route(ConfirmationReminders.CONFIRM_PATH)
@PermitAll
public class OwnEntryConfirmationView extends PortalView implements BeforeEnterObserver {

    final Paragraph intro = new Paragraph();
    final ContactDetails details = new ContactDetails();
    final Button confirm = new Button();
    final Button change = new Button();
    final HorizontalLayout actions = new HorizontalLayout(confirm, change);

    private final ContactDirectory directory;
    private Contact own;

    OwnEntryConfirmationView(ContactDirectory directory) {
        this.directory = directory;
        confirm.setText(getTranslation("ownEntry.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        change.setText(getTranslation("ownEntry.change"));
        change.addClickListener(click -> getUI().ifPresent(
                ui -> ui.navigate("ansprechpartner/" + own.getId() + "/bearbeiten")));
        add(intro, details, actions, new Anchor("ansprechpartner", getTranslation("contacts.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        own = directory.ownEntry().orElse(null);
        boolean found = own != null;
        intro.setText(getTranslation(found ? "ownEntry.intro" : "ownEntry.none"));
        details.setVisible(found);
        actions.setVisible(found);
        if (found) {
            details.show(own, directory);
        }
    }

    void confirm() {
        // the version shown: if the entry changed meanwhile, the person has not seen what they confirm
        var confirmed = SaveFailures.attempt(this, () -> {
            try {
                return directory.confirmOwnEntry(own.getVersion());
            } catch (ConflictException changed) {
                Notices.error(getTranslation("ownEntry.changed"));
                show();
                return null;
            }
        });
        if (confirmed != null) {
            Notices.success(getTranslation("contacts.confirmed", confirmed.lastConfirmedText()));
            getUI().ifPresent(ui -> ui.navigate("ansprechpartner/" + confirmed.getId()));
        }
    }

    @Override
    protected String titleKey() {
        return "ownEntry.title";
    }
}
