package de.arbeitsgruppe.portal.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.task.TaskManagement;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Start page ("Übersicht"): what waits for the user, as cards — one column on a phone, side by side
 * at a desk. Each card is one bounded read, so the page stays fast however much the portal holds.
 * The cards are read anew on every visit, also when the menu leads back to the page already shown.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "overview.title")
@PermitAll
public class DashboardView extends PortalView implements BeforeEnterObserver {

    final Paragraph greeting = new Paragraph();
    final Div cards = new Div();
    final PortalAreas areas = new PortalAreas();
    MyTasksCard tasks;
    NextMeetingsCard meetings;
    MinutesCard minutes;
    /** Only while the user's own entry is due for confirmation. */
    DashboardCard ownEntry;
    /** Only for the office. */
    DashboardCard overdueTasks;
    /** Only for the office. */
    DashboardCard confirmations;
    /** Only for the office. */
    DashboardCard offersInReview;

    private final CurrentUser currentUser;
    private final TaskManagement taskManagement;
    private final MeetingManagement meetingManagement;
    private final ProtocolManagement protocols;
    private final ContactDirectory directory;
    private final OfferManagement offers;
    private final Clock clock;

    DashboardView(CurrentUser currentUser, TaskManagement taskManagement, MeetingManagement meetingManagement,
            ProtocolManagement protocols, ContactDirectory directory, OfferManagement offers, Clock clock) {
        this.currentUser = currentUser;
        this.taskManagement = taskManagement;
        this.meetingManagement = meetingManagement;
        this.protocols = protocols;
        this.directory = directory;
        this.offers = offers;
        this.clock = clock;
        cards.addClassName("portal-dashboard");
        add(greeting, cards, areas);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.require();
        var today = LocalDate.now(clock);
        greeting.setText(getTranslation("overview.greeting", user.displayName(), user.organisationName()));
        cards.removeAll();
        tasks = new MyTasksCard(taskManagement, today);
        meetings = new NextMeetingsCard(meetingManagement);
        minutes = new MinutesCard(protocols);
        cards.add(tasks, meetings, minutes);
        ownEntry = directory.ownEntry().filter(own -> own.needsConfirmation(today)).map(OwnEntryCard::new).orElse(null);
        if (ownEntry != null) {
            cards.add(ownEntry);
        }
        overdueTasks = null;
        confirmations = null;
        offersInReview = null;
        if (user.isCoordinatorOrAdmin()) {
            overdueTasks = OfficeCards.overdueTasks(taskManagement);
            confirmations = OfficeCards.confirmations(directory);
            offersInReview = OfficeCards.offersInReview(offers);
            cards.add(overdueTasks, confirmations, offersInReview);
        }
    }

    @Override
    protected String titleKey() {
        return "overview.title";
    }
}
