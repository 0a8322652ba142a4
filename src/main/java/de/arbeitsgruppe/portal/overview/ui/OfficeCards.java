package de.arbeitsgruppe.portal.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.task.OverdueCount;
import de.arbeitsgruppe.portal.task.TaskManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The cards only the office (coordinators, admins) sees. */
final class OfficeCards {

    static final String OVERDUE = "aufgaben?ueberfaellig=ja";

    private OfficeCards() {
    }

    /** "Überfällige Aufgaben nach Organisation": each organisation leads to its overdue tasks. */
    static DashboardCard overdueTasks(TaskManagement tasks) {
        var card = new DashboardCard("ueberfaellig", "overview.overdue.title");
        var counts = tasks.overdueByOrganisation();
        if (counts.isEmpty()) {
            card.empty(card.getTranslation("overview.overdue.empty"));
        }
        for (OverdueCount count : counts) {
            var link = new Anchor(overdueOf(count.organisationId()),
                    Objects.requireNonNullElse(count.organisationName(), count.organisationId()));
            card.item(link, DashboardCard.detail(card.getTranslation("overview.overdue.count", count.count()), true));
        }
        card.onwards(OVERDUE, card.getTranslation("overview.overdue.all"));
        return card;
    }

    /** "Einträge zu prüfen": how many entries of the directory nobody confirmed for six months. */
    static DashboardCard confirmations(ContactDirectory directory) {
        var card = new DashboardCard("pruefen", "overview.confirmations.title");
        long count = directory.countNeedingConfirmation();
        if (count == 0) {
            card.empty(card.getTranslation("overview.confirmations.none", Contact.CONFIRMATION_MONTHS));
        } else {
            card.say(card.getTranslation("overview.confirmations.count", count, Contact.CONFIRMATION_MONTHS));
        }
        card.onwards("ansprechpartner-pruefen", card.getTranslation("overview.confirmations.open"));
        return card;
    }

    /** "Angebote zur Prüfung": how many offers providers submitted that wait for the office. */
    static DashboardCard offersInReview(OfferManagement offers) {
        var card = new DashboardCard("angebote-pruefen", "overview.offers.title");
        long count = offers.countInReview();
        if (count == 0) {
            card.empty(card.getTranslation("overview.offers.none"));
        } else {
            card.say(card.getTranslation("overview.offers.count", count));
        }
        card.onwards("angebote/pruefung", card.getTranslation("overview.offers.open"));
        return card;
    }

    static String overdueOf(String organisationId) {
        return "aufgaben?organisation=" + URLEncoder.encode(organisationId, StandardCharsets.UTF_8) + "&ueberfaellig=ja";
    }
}
