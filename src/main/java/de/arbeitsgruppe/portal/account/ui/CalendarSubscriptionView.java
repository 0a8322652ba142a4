package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import de.arbeitsgruppe.portal.account.CalendarTokens;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Notices;
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

    private final CalendarTokens tokens;

    CalendarSubscriptionView(CalendarTokens tokens) {
        this.tokens = tokens;
        add(new Paragraph(getTranslation("subscription.intro")), new Paragraph(getTranslation("subscription.updates")));
        status.getElement().setAttribute("role", "status");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createAddress());
        revoke.setText(getTranslation("subscription.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> confirm("subscription.revoke", this::revokeAddress));
        add(status, new HorizontalLayout(create, revoke), addressArea(), new SubscriptionHelp());
        refresh();
    }

    private Div addressArea() {
        address.setLabel(getTranslation("subscription.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        copy.setText(getTranslation("subscription.copy"));
        Clipboard.onClick(copy).writeText(address, copied -> Notices.success(getTranslation("subscription.copied")),
                failed -> Notices.error(getTranslation("subscription.copyFailed")));
        var secret = new Paragraph(getTranslation("subscription.secret"));
        secret.getStyle().setFontWeight(600);
        addressArea.add(address, copy, secret);
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
        address.setValue(baseUrl() + CalendarTokens.feedPath(secret));
        addressArea.setVisible(true);
        refresh();
        address.focus();
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
        revoke.setVisible(issued.isPresent());
    }

    private void confirm(String key, Runnable action) {
        var dialog = new ConfirmDialog(getTranslation(key + ".title"), getTranslation(key + ".text"),
                getTranslation(key), confirmed -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        // Lumo's blue tertiary text on the dialog's grey footer stays below 4.5:1 (axe-core)
        dialog.setCancelButtonTheme("tertiary contrast");
        dialog.open();
    }

    /** The portal's address as the browser reached it, so the feed address works from where the user is. */
    private static String baseUrl() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            var http = request.getHttpServletRequest();
            var defaultPort = "https".equals(http.getScheme()) ? 443 : 80;
            var port = http.getServerPort() == defaultPort ? "" : ":" + http.getServerPort();
            return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath();
        }
        return "";
    }

    @Override
    protected String titleKey() {
        return "subscription.title";
    }
}
