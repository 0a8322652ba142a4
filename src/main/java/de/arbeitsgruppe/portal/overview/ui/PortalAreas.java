package de.arbeitsgruppe.portal.overview.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.menu.MenuConfiguration;

/**
 * Every area the user may open, each explained in a sentence: folded at the foot of the start page
 * for those who look for their way around beyond the menu.
 */
class PortalAreas extends Details {

    final UnorderedList areas = new UnorderedList();

    PortalAreas() {
        setSummaryText(getTranslation("overview.areas"));
        addClassName("portal-areas");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.path().isEmpty() && !"/".equals(entry.path()))
                // relative links, so the portal also works below a context path
                .forEach(entry -> areas.add(new ListItem(new Anchor(relative(entry.path()), getTranslation(entry.title())),
                        new Paragraph(getTranslation(entry.title() + ".hint")))));
        add(areas);
    }

    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
