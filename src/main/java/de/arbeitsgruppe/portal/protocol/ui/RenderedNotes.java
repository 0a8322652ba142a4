package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.Html;
import de.arbeitsgruppe.portal.shared.text.Markdown;

/** Notes written in Markdown as the page shows them: rendered and sanitised, so no markup of the writer runs. */
final class RenderedNotes {

    private RenderedNotes() {
    }

    static Html of(String markdown) {
        return new Html("<div class=\"protocol-notes-text\">" + Markdown.toSafeHtml(markdown) + "</div>");
    }
}
