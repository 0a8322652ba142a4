package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The portal's address as the browser reached it, for links in mails and feeds that must work from where the user is. */
public final class PortalAddress {

    private PortalAddress() {
    }

    /** E.g. {@code https://portal.example/ag}; empty outside a request. */
    public static String current() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return of(request.getHttpServletRequest());
        }
        return "";
    }

    /** The same for a request outside Vaadin, such as a calendar program fetching its feed. */
    public static String of(HttpServletRequest http) {
        var defaultPort = "https".equals(http.getScheme()) ? 443 : 80;
        var port = http.getServerPort() == defaultPort ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath();
    }
}
