package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import de.arbeitsgruppe.portal.account.CalendarTokens;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ClipboardCopy;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalAddress;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.PermitAll;

/**
 * The personal calendar subscription: what it is, an address made on request and shown only once,
 * a new address that replaces the old one, revoking it, and how to add it in Outlook and
 * Thunderbird. Reached from the calendar, not from the menu.
 */
@Route("kalender/abo")
@PermitAll
public class CalendarSubscriptionView extends PortalView {

    final Paragraph status = new Paragraph();
    final Button create = new Button();
    final Button revoke = new Button();
    final Div addressArea = new Div();
    final TextField address = new TextField();
    final Button copy = new Button();
    final Span copyStatus = new Span();
    final Paragraph renewHint = new Paragraph();

    private final CalendarTokens tokens;

    CalendarSubscriptionView(CalendarTokens tokens) {
        this.tokens = tokens;
        add(new Paragraph(getTranslation("subscription.intro")), new Paragraph(getTranslation("subscription.updates")));
        status.getElement().setAttribute("role", "status");
        create.addClickListener(click -> createAddress());
        renewHint.setId("subscription-renew-hint");
        renewHint.setText(getTranslation("subscription.renew.hint"));
        revoke.setText(getTranslation("subscription.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> confirm("subscription.revoke", this::revokeAddress));
        var actions = new HorizontalLayout(create, revoke);
        actions.setWrap(true);
        add(status, addressArea(), actions, renewHint, new SubscriptionHelp());
        refresh();
    }

    private Div addressArea() {
        address.setLabel(getTranslation("subscription.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        copy.setText(getTranslation("subscription.copy"));
        // after creating, copying is what the user does next: the main action of the page
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copyStatus.getElement().setAttribute("role", "status");
        ClipboardCopy.install(copy, address, this::showCopied);
        var copyRow = new HorizontalLayout(copy, copyStatus);
        copyRow.setAlignItems(HorizontalLayout.Alignment.CENTER);
        copyRow.setWrap(true);
        var secret = new Paragraph(getTranslation("subscription.secret"));
        secret.getStyle().setFontWeight(600);
        addressArea.add(address, copyRow, secret);
        addressArea.setWidthFull();
        addressArea.setVisible(false);
        return addressArea;
    }

    private void createAddress() {
        if (tokens.issuedAt().isPresent()) {
            confirm("subscription.renew", this::issue);
        } else {
            issue();
        }
    }

    private void issue() {
        // two tabs creating an address at once: the second gets the conflict message, not an error page
        var secret = SaveFailures.attempt(this, tokens::issue);
        if (secret == null) {
            return;
        }
        address.setValue(PortalAddress.current() + CalendarTokens.feedPath(secret));
        copyStatus.setText("");
        addressArea.setVisible(true);
        refresh();
        copy.focus();
    }

    void showCopied(boolean copied) {
        copyStatus.setText(getTranslation(copied ? "subscription.copied" : "subscription.copyFailed"));
        copyStatus.setClassName("portal-gap", !copied);
        if (!copied) {
            // selected, so that Ctrl+C copies it at once
            address.focus();
        }
    }

    private void revokeAddress() {
        if (SaveFailures.attempt(this, () -> {
            tokens.revoke();
            return true;
        }) == null) {
            return;
        }
        address.clear();
        addressArea.setVisible(false);
        refresh();
        Notices.success(getTranslation("subscription.revoked"));
    }

    private void refresh() {
        var issued = tokens.issuedAt();
        status.setText(issued.map(at -> getTranslation("subscription.status.issued", Formats.dateTime(at)))
                .orElseGet(() -> getTranslation("subscription.status.none")));
        create.setText(getTranslation(issued.isPresent() ? "subscription.renew" : "subscription.create"));
        // creating is the main action only while there is no address; replacing one is secondary
        create.setThemeName("primary", issued.isEmpty());
        renewHint.setVisible(issued.isPresent());
        if (issued.isPresent()) {
            create.getElement().setAttribute("aria-describedby", renewHint.getId().orElseThrow());
        } else {
            create.getElement().removeAttribute("aria-describedby");
        }
        revoke.setVisible(issued.isPresent());
    }

    private void confirm(String key, Runnable action) {
        new Confirmation(getTranslation(key + ".title"), getTranslation(key + ".text"), getTranslation(key),
                getTranslation("form.cancel"), action).dangerous().open();
    }


    @Override
    protected String titleKey() {
        return "subscription.title";
    }
}
