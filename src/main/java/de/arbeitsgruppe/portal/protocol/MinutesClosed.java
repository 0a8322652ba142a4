package de.arbeitsgruppe.portal.protocol;

import org.springframework.security.access.AccessDeniedException;

/**
 * Notes or decisions arrived for minutes that are no longer open for them (sent round, approved):
 * refused and recorded like any refused request, but the page tells the writer at the field,
 * keeping the text, since a tab left open during the approval sends such a save too.
 */
public class MinutesClosed extends AccessDeniedException {

    MinutesClosed() {
        super("the minutes are not open for changes");
    }
}
