package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.Html;
import de.arbeitsgruppe.portal.shared.text.Markdown;

/**
 * Notes written in Markdown as the page shows them: rendered and sanitised, so no markup of the
 * writer runs. Long notes scroll in a box of their own (reachable with the keyboard, named for
 * screen readers), so an item of two hundred pages leaves the items after it a scroll away.
 */
final class RenderedNotes {

    private RenderedNotes() {
    }

    /** @param label what the box holds, e.g. "Notizen zu TOP 3" */
    static Html of(String markdown, String label) {
        var box = new Html("<div class=\"protocol-notes-text\" tabindex=\"0\" role=\"group\">"
                + Markdown.toSafeHtml(markdown) + "</div>");
        box.getElement().setAttribute("aria-label", label);
        return box;
    }
}
