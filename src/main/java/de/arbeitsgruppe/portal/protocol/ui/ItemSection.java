package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolSheet;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import java.util.List;
import java.util.Map;

/**
 * One agenda item of the minutes: its notes (an editor for those who write, the rendered text for
 * everyone else), its decisions and the comments while the minutes are sent round. The tasks given
 * under the item have their place at the end ({@link #tasks}); the office gives a task from each decision.
 */
class ItemSection extends Section {

    final NotesEditor editor;
    final Button addDecision = new Button();
    final CommentsPanel comments;
    /** Where the item's tasks go ({@link ItemTasks}, and {@link TaskReviewTable} under "Stand der Aufgaben"). */
    final Div tasks = new Div();
    private final Div decisions = new Div();
    private final ProtocolManagement protocols;
    private final String meetingId;
    private final AgendaItem item;
    private final Map<String, String> organisationNames;
    private final List<OrganisationSummary> organisationChoices;
    private final boolean editable;
    private final boolean draft;
    private final boolean mayGiveTasks;

    ItemSection(ProtocolSheet sheet, AgendaItem item, int number, ProtocolManagement protocols,
            List<OrganisationSummary> organisationChoices, Map<String, String> organisationNames,
            boolean mayGiveTasks) {
        this.protocols = protocols;
        this.meetingId = sheet.meeting().getId();
        this.item = item;
        this.organisationNames = organisationNames;
        this.organisationChoices = organisationChoices;
        this.editable = sheet.may().edit();
        this.draft = sheet.state() == ProtocolState.DRAFT;
        this.mayGiveTasks = mayGiveTasks;
        addClassName("protocol-item");
        setId("top-" + item.getId());
        var title = new H2(getTranslation("protocol.item.heading", number, item.getTitle()));
        add(title);
        if (!item.isPublicItem() && sheet.may().readInternalNotes()) {
            var internal = new Paragraph(getTranslation("protocol.item.internal"));
            internal.addClassName("portal-flag");
            add(internal);
        }
        var stored = sheet.notes().get(item.getId());
        if (editable) {
            editor = new NotesEditor(protocols, meetingId, item.getId(), stored, sheet.may().readInternalNotes());
            add(editor);
        } else {
            editor = null;
            addReadOnlyNotes(stored, sheet.may().readInternalNotes(), number);
        }
        add(new H3(getTranslation("protocol.decision.listHeading")), decisions);
        showDecisions(sheet.decisionsOf(item));
        addDecision.setText(getTranslation("protocol.decision.add"));
        addDecision.setIcon(VaadinIcon.PLUS.create());
        // the visible text first, then the item: speech input users say what they see (WCAG 2.5.3)
        addDecision.getElement().setAttribute("aria-label", getTranslation("protocol.decision.addFor", number));
        addDecision.addClickListener(click -> edit(new Decision()));
        addDecision.setVisible(editable);
        add(addDecision);
        comments = new CommentsPanel(protocols, meetingId, item.getId(), sheet.commentsOn(item), sheet.may().comment());
        add(comments, tasks);
    }

    private void addReadOnlyNotes(de.arbeitsgruppe.portal.protocol.ItemNotes stored, boolean internal, int number) {
        var text = stored == null ? null : stored.getNotes();
        if (text == null && (stored == null || stored.getInternalNotes() == null)) {
            add(new Paragraph(getTranslation("protocol.notes.none")));
            return;
        }
        if (text != null) {
            add(RenderedNotes.of(text, getTranslation("protocol.notes.of", number)));
        }
        if (internal && stored.getInternalNotes() != null) {
            var heading = new H3(getTranslation("protocol.internalNotes.label"));
            add(heading, RenderedNotes.of(stored.getInternalNotes(), getTranslation("protocol.internalNotes.of", number)));
        }
    }

    private void showDecisions(List<Decision> shown) {
        decisions.removeAll();
        if (shown.isEmpty()) {
            decisions.add(new Paragraph(getTranslation("protocol.decision.none")));
            return;
        }
        decisions.add(new DecisionList(shown, organisationNames, editable, draft, this::edit, this::confirmRemove,
                mayGiveTasks ? this::taskLink : null));
    }

    private Anchor taskLink(Decision decision) {
        var link = new Anchor(TaskLinks.forDecision(meetingId, item.getId(), decision),
                getTranslation("protocol.tasks.fromDecision"));
        link.getElement().setAttribute("aria-label",
                getTranslation("protocol.tasks.fromDecision.for", decision.getNumber()));
        return link;
    }

    void edit(Decision decision) {
        new DecisionDialog(decision, organisationChoices, valid -> {
            var saved = SaveFailures.attempt(this, () -> protocols.saveDecision(meetingId, item.getId(), valid));
            if (saved != null) {
                Notices.success(getTranslation("protocol.decision.saved", saved.getNumber()));
                reloadDecisions();
            }
            return saved != null;
        }).open();
    }

    private void confirmRemove(Decision decision) {
        new Confirmation(getTranslation("protocol.decision.removeTitle"),
                getTranslation("protocol.decision.removeQuestion", decision.getNumber()),
                getTranslation("protocol.decision.remove"), getTranslation("form.cancel"), () -> {
                    var done = SaveFailures.attempt(this, () -> {
                        protocols.removeDecision(meetingId, decision.getId());
                        return true;
                    });
                    if (done != null) {
                        reloadDecisions();
                    }
                }).dangerous().open();
    }

    private void reloadDecisions() {
        protocols.find(meetingId).ifPresent(sheet -> showDecisions(sheet.decisionsOf(item)));
    }
}
