package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** Start page ("Übersicht"): greets the user and links to every area they may open. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "overview.title")
@PermitAll
public class OverviewView extends PortalView {

    final Paragraph greeting = new Paragraph();
    final UnorderedList areas = new UnorderedList();

    OverviewView(CurrentUser currentUser) {
        currentUser.find().ifPresent(user -> greeting.setText(
                getTranslation("overview.greeting", user.displayName(), user.organisationName())));
        areas.addClassName("portal-areas");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.path().isEmpty() && !"/".equals(entry.path()))
                // relative links, so the portal also works below a context path
                .forEach(entry -> areas.add(new ListItem(new Anchor(relative(entry.path()), getTranslation(entry.title())),
                        new Paragraph(getTranslation(entry.title() + ".hint")))));
        add(greeting, new Paragraph(getTranslation("overview.intro")), areas);
    }

    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    protected String titleKey() {
        return "overview.title";
    }
}
