package de.arbeitsgruppe.portal.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the login together with an idle Vaadin session. With {@code vaadin.closeIdleSessions=true}
 * Vaadin closes its session once no user request came for the session timeout — heartbeats do not
 * count — but it leaves the HTTP session, and with it the Spring Security login and the Keycloak
 * tokens, in place, and the heartbeats of the still open tab keep that alive. So the HTTP session
 * is invalidated in the request during which Vaadin closes its own; the tab then reloads and lands
 * on the login page.
 */
@Component
class IdleSessions implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> endHttpSession());
    }

    private static void endHttpSession() {
        // Spring's request holder, not VaadinRequest.getCurrent(): Vaadin runs destroy listeners as a
        // session task, with its own current instances cleared. No request: the servlet container is
        // ending the HTTP session itself.
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var session = attributes.getRequest().getSession(false);
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnding) {
            // a logout invalidated it, which is what destroyed the Vaadin session
        }
    }
}
