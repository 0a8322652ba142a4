package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Lets Vaadin forget the answer that drew a page once the browser has shown it. Flow keeps the last
 * answer of every open tab as text, to send it again should the browser re-send its message because
 * the answer was lost on the way; after a navigation that answer is the whole page (all its
 * components with their texts), and it stayed in memory for as long as the user looked at the page:
 * in the load test's memory measurement about a third of what an open tab cost. The page's answer
 * therefore asks the browser to report that it has drawn the page; that small message proves the big
 * answer arrived, and its own small answer is the one Flow keeps from then on.
 */
@Component
class ShownPageRelease implements VaadinServiceInitListener {

    /** The DOM event the browser sends on the UI's element once the page is drawn. */
    static final String SHOWN = "portal-shown";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> watch(init.getUI()));
    }

    private static void watch(UI ui) {
        // the listener does nothing: the message itself is what replaces the answer Flow keeps
        ui.getElement().addEventListener(SHOWN, shown -> { });
        ui.addAfterNavigationListener(navigation -> ui.getElement()
                .executeJs("this.dispatchEvent(new CustomEvent($0))", SHOWN));
    }
}
