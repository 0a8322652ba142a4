package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;

/** Step by step, how to add the address in Outlook (desktop and web) and Thunderbird. */
class SubscriptionHelp extends Composite<Div> {

    private static final List<String> PROGRAMS = List.of("outlook", "outlookWeb", "thunderbird");
    private static final int STEPS = 3;

    SubscriptionHelp() {
        getContent().add(new H2(getTranslation("subscription.help.title")));
        for (String program : PROGRAMS) {
            var key = "subscription.help." + program;
            var steps = new OrderedList();
            for (int step = 1; step <= STEPS; step++) {
                steps.add(new ListItem(getTranslation(key + "." + step)));
            }
            getContent().add(new H3(getTranslation(key)), steps);
        }
    }
}
