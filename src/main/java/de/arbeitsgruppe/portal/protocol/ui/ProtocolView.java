package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.protocol.MinutesDelivery;
import de.arbeitsgruppe.portal.protocol.ProtocolApproval;
import de.arbeitsgruppe.portal.protocol.ProtocolContent;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolProperties;
import de.arbeitsgruppe.portal.protocol.ProtocolSheet;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import de.arbeitsgruppe.portal.protocol.TaskReviewItem;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalAddress;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskReviews;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The minutes of one meeting, structured by its agenda: written here during the session, sent round,
 * commented, approved and corrected. What each user sees and may do comes from the services: a
 * partner sees the public items of minutes sent round, and nothing of a meeting they may not see.
 */
@Route("termine/:id/protokoll")
@PermitAll
public class ProtocolView extends PortalView implements BeforeEnterObserver {

    final ProtocolActions actions = new ProtocolActions();
    final Paragraph intro = new Paragraph();
    final Div header = new Div();
    final Div items = new Div();
    final List<ItemSection> sections = new ArrayList<>();
    /** "Stand der Aufgaben", when the agenda has that item. */
    TaskReviewTable taskReview;

    private final ProtocolManagement protocols;
    private final ProtocolApproval approval;
    private final OrganisationManagement organisations;
    private final ProtocolProperties properties;
    private final TaskManagement tasks;
    private final TaskReviews reviews;
    private ProtocolSheet sheet;

    ProtocolView(ProtocolManagement protocols, ProtocolApproval approval, OrganisationManagement organisations,
            ProtocolProperties properties, TaskManagement tasks, TaskReviews reviews) {
        this.protocols = protocols;
        this.approval = approval;
        this.organisations = organisations;
        this.properties = properties;
        this.tasks = tasks;
        this.reviews = reviews;
        actions.start.addClickListener(click -> start());
        actions.circulate.addClickListener(click -> StepDialogs.circulate(this,
                Formats.today().plusDays(properties.commentDays()), deadline -> step("protocol.circulate.done",
                        () -> approval.circulate(id(), sheet.protocol().getVersion(), deadline, link()))).open());
        actions.approve.addClickListener(click -> StepDialogs.approve(this, approval.approvalMeetings(id()),
                meeting -> step("protocol.approve.done",
                        () -> approval.approve(id(), sheet.protocol().getVersion(), meeting.getId(), link()))).open());
        actions.reopen.addClickListener(click -> {
            if (SaveFailures.attempt(this, () -> approval.reopen(id(), sheet.protocol().getVersion())) != null) {
                Notices.success(getTranslation("protocol.reopen.done"));
            }
            reload();
        });
        actions.startCorrection.addClickListener(click -> {
            if (SaveFailures.attempt(this, () -> approval.startCorrection(id(), sheet.protocol().getVersion())) != null) {
                Notices.success(getTranslation("protocol.correction.started"));
                reload();
            }
        });
        actions.finishCorrection.addClickListener(click -> StepDialogs.finishCorrection(this,
                reason -> step("protocol.correction.done",
                        () -> approval.finishCorrection(id(), sheet.protocol().getVersion(), reason, link()))).open());
        add(actions, intro, header, items, new Anchor("beschluesse", getTranslation("protocol.toRegister")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        protocols.find(event.getRouteParameters().get("id").orElse(null))
                .ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    void show(ProtocolSheet shown) {
        sheet = shown;
        heading.setText(getTranslation("protocol.heading", shown.meeting().getTitle()));
        actions.show(shown);
        intro.setText(introText(shown));
        var attendance = shown.exists() ? approval.current(id()).map(ProtocolContent::attendance)
                .orElse(ProtocolContent.People.none()) : ProtocolContent.People.none();
        header.removeAll();
        header.add(new HeaderPanel(shown, attendance, protocols, this::show, this::saveEditors));
        items.removeAll();
        sections.clear();
        taskReview = null;
        if (!shown.exists() || correctionHiddenFrom(shown)) {
            return;
        }
        var summaries = organisations.summaries();
        Map<String, String> names = summaries.stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
        var given = tasksByItem();
        var mayGiveTasks = tasks.mayCreate();
        var agenda = shown.items();
        for (int i = 0; i < agenda.size(); i++) {
            var item = agenda.get(i);
            var number = item.numberIn(i);
            var section = new ItemSection(shown, item, number, protocols, summaries, names, mayGiveTasks);
            if (TaskReviewItem.is(item) && taskReview == null) {
                // recorded by the office while it may change the minutes
                taskReview = new TaskReviewTable(reviews, id(), shown.may().edit() && mayGiveTasks);
                section.tasks.add(taskReview);
            }
            section.tasks.add(new ItemTasks(id(), item, number, given.getOrDefault(item.getId(), List.of()),
                    mayGiveTasks));
            sections.add(section);
            items.add(section);
        }
        if (agenda.isEmpty()) {
            items.add(new Paragraph(getTranslation("protocol.noItems")));
        }
    }

    private Map<String, List<Task>> tasksByItem() {
        return tasks.ofMeeting(id()).stream()
                .filter(task -> task.getOrigin() != null && task.getOrigin().getAgendaItemId() != null)
                .collect(Collectors.groupingBy(task -> task.getOrigin().getAgendaItemId()));
    }

    /** While the office corrects approved minutes, readers keep to the approved versions. */
    private static boolean correctionHiddenFrom(ProtocolSheet shown) {
        return shown.state() == ProtocolState.CORRECTING && !shown.may().correct();
    }

    private String introText(ProtocolSheet shown) {
        if (!shown.exists()) {
            return getTranslation(shown.may().start() ? "protocol.intro.start" : "protocol.intro.none");
        }
        if (correctionHiddenFrom(shown)) {
            return getTranslation("protocol.intro.correctingReader", shown.protocol().getCurrentVersion());
        }
        return getTranslation("protocol.intro." + shown.protocol().getState().name().toLowerCase());
    }

    private void start() {
        if (SaveFailures.attempt(this, () -> protocols.start(id())) != null) {
            Notices.success(getTranslation("protocol.started"));
            reload();
        }
    }

    /**
     * Runs a step that mails the minutes, after saving what the editors hold; not while an item
     * shows a conflict, whose text would be lost. Tells how many mails went out, and of failures.
     */
    private boolean step(String doneKey, Supplier<MinutesDelivery> action) {
        if (!saveEditors()) {
            Notices.error(getTranslation("protocol.step.conflictOpen"));
            return false;
        }
        var delivery = SaveFailures.attempt(this, action);
        if (delivery == null) {
            // e.g. someone else took a step meanwhile: the page shows where the minutes stand now
            reload();
            return false;
        }
        Notices.success(getTranslation(doneKey, delivery.sent()));
        if (delivery.failed() > 0) {
            Notices.error(getTranslation("protocol.mail.failed", delivery.failed()));
        }
        reload();
        return true;
    }

    /** Saves what every editor holds; false when one could not (it shows why), so nothing typed is thrown away. */
    boolean saveEditors() {
        var allSaved = true;
        for (ItemSection section : sections) {
            if (section.editor != null && !section.editor.saveIfChanged()) {
                allSaved = false;
            }
        }
        return allSaved;
    }

    private void reload() {
        protocols.find(id()).ifPresent(this::show);
    }

    private String id() {
        return sheet.meeting().getId();
    }

    private String link() {
        return PortalAddress.current() + "/termine/" + id() + "/protokoll";
    }

    @Override
    protected String titleKey() {
        return "protocol.title";
    }
}
