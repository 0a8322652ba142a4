package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;

/**
 * The standard item "Stand der Aufgaben", under which a session goes through the open tasks of earlier
 * minutes. Recognised by its German title, whatever the reader's language, as the title may have more
 * words added ("Stand der Aufgaben aus der Oktobersitzung").
 */
public final class TaskReviewItem {

    private static final String TITLE = new PortalTranslations().getTranslation("meeting.agenda.standard.tasks",
            PortalTranslations.GERMAN);

    private TaskReviewItem() {
    }

    public static boolean is(AgendaItem item) {
        return item.getTitle() != null && item.getTitle().startsWith(TITLE);
    }
}
