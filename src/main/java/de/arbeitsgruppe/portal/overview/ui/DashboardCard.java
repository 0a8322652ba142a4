package de.arbeitsgruppe.portal.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * One card of the start page: a region that screen readers list by its heading, with a sentence or a
 * short list, and a link onwards at its foot.
 */
class DashboardCard extends Section {

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final UnorderedList list = new UnorderedList();
    final Anchor onwards = new Anchor();

    DashboardCard(String id, String titleKey) {
        addClassName("portal-card");
        title.setId("karte-" + id);
        title.setText(getTranslation(titleKey));
        getElement().setAttribute("aria-labelledby", "karte-" + id);
        list.addClassName("portal-card-list");
        onwards.addClassName("portal-card-onwards");
        summary.setVisible(false);
        list.setVisible(false);
        onwards.setVisible(false);
        add(title, summary, list, onwards);
    }

    /** A sentence at the top: what the list shows, or what to do when there is nothing. */
    void say(String text) {
        summary.setText(text);
        summary.setVisible(true);
    }

    /** Nothing to show: the sentence says what to do next. */
    void empty(String text) {
        say(text);
        summary.addClassName("portal-empty");
    }

    /** An entry: its link, then its details (dates, state), separated by commas, on a line of their own. */
    void item(Anchor link, Component... details) {
        var meta = new Span();
        meta.addClassName("portal-card-meta");
        for (int i = 0; i < details.length; i++) {
            if (i > 0) {
                meta.add(new Span(", "));
            }
            meta.add(details[i]);
        }
        list.add(new ListItem(link, meta));
        list.setVisible(true);
    }

    void onwards(String href, String text) {
        onwards.setHref(href);
        onwards.setText(text);
        onwards.setVisible(true);
    }

    /** Text of an entry's details; {@code flagged} stands out (and says so in words, not by colour). */
    static Span detail(String text, boolean flagged) {
        var span = new Span(text);
        if (flagged) {
            span.addClassName("portal-gap");
        }
        return span;
    }
}
