package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import de.arbeitsgruppe.portal.shared.AccessRefused;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the audit trail when a logged-in user is refused a page: the error pages report the address
 * when it belongs to a page of the portal (a typo in an unknown address is not a refusal).
 */
@Component
class RefusalReport {

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    RefusalReport(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    void report(BeforeEnterEvent event) {
        var path = event.getLocation().getPath();
        var existing = RouteConfiguration.forApplicationScope().getRoute(path).isPresent();
        currentUser.find().filter(user -> existing)
                .ifPresent(user -> events.publishEvent(new AccessRefused("/" + path, user.username())));
    }
}
