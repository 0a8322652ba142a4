package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.arbeitsgruppe.portal.protocol.ItemNotes;
import de.arbeitsgruppe.portal.protocol.MinutesClosed;
import de.arbeitsgruppe.portal.protocol.NotesConflict;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.validation.ConstraintViolationException;
import java.util.Objects;

/**
 * The notes of one agenda item while they are written: saved on their own a few seconds after the
 * last keystroke ("gespeichert um 10:42"), so a closed tab or a lost connection costs at most those
 * seconds. When someone else saved the same item meanwhile, both texts are shown and nothing is
 * saved until the writer chooses; the other items go on saving.
 */
class NotesEditor extends Div {

    /** Milliseconds after the last keystroke until the draft is saved. */
    static final int SAVE_AFTER_MS = 2000;

    final TextArea notes = new TextArea();
    final TextArea internalNotes = new TextArea();
    final Span status = new Span();
    final Div preview = new Div();
    final Button showPreview = new Button();
    final Div conflict = new Div();
    final TextArea theirNotes = new TextArea();
    final TextArea theirInternalNotes = new TextArea();
    final Button keepMine = new Button();
    final Button takeTheirs = new Button();

    private final ProtocolManagement protocols;
    private final String meetingId;
    private final String agendaItemId;
    private Long basedOnVersion;
    private ItemNotes theirs;
    /** The fields' content when last saved or loaded: leaving a field unchanged saves nothing. */
    private String lastSaved;

    NotesEditor(ProtocolManagement protocols, String meetingId, String agendaItemId, ItemNotes stored,
            boolean withInternalNotes) {
        this.protocols = protocols;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        addClassName("protocol-notes-editor");
        configure(notes, "protocol.notes.label", "protocol.notes.help");
        configure(internalNotes, "protocol.internalNotes.label", "protocol.internalNotes.help");
        internalNotes.setVisible(withInternalNotes);
        show(stored);
        status.addClassName("protocol-save-status");
        status.getElement().setAttribute("role", "status");
        showPreview.setText(getTranslation("protocol.notes.preview"));
        showPreview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showPreview.addClickListener(click -> togglePreview());
        preview.addClassName("protocol-notes");
        preview.setVisible(false);
        buildConflict();
        var tools = new HorizontalLayout(showPreview, status);
        tools.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(notes, internalNotes, tools, preview, conflict);
    }

    private void configure(TextArea area, String labelKey, String helpKey) {
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(getTranslation(helpKey));
        area.setMaxLength(ItemNotes.MAX_LENGTH);
        area.setWidthFull();
        area.setMinHeight("8rem");
        // long notes scroll inside the field instead of pushing the rest of the page away
        area.setMaxHeight("60vh");
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(SAVE_AFTER_MS);
        area.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save();
            }
        });
        // leaving the field saves at once: the next click may be on "Zur Abstimmung senden"
        area.addBlurListener(blur -> saveIfChanged());
    }

    private void show(ItemNotes stored) {
        basedOnVersion = stored == null ? null : stored.getVersion();
        notes.setValue(stored == null || stored.getNotes() == null ? "" : stored.getNotes());
        internalNotes.setValue(stored == null || stored.getInternalNotes() == null ? "" : stored.getInternalNotes());
        lastSaved = current();
    }

    private String current() {
        return notes.getValue() + "\u0000" + internalNotes.getValue();
    }

    /**
     * Saves what was typed since the last save, e.g. before the page is shown anew.
     *
     * @return whether everything typed is saved now (false: a conflict, a refusal or a failure is shown at the item)
     */
    boolean saveIfChanged() {
        if (!Objects.equals(current(), lastSaved) && !conflict.isVisible()) {
            save();
        }
        return Objects.equals(current(), lastSaved) && !conflict.isVisible();
    }

    /** Saves now; while a conflict is shown nothing is saved until the writer chose. */
    void save() {
        if (conflict.isVisible()) {
            return;
        }
        var text = current();
        // SaveFailures tells of outages and refusals; a conflict and an overlong text are shown here, at the item
        var outcome = SaveFailures.attempt(this, () -> {
            try {
                return new Outcome(protocols.saveNotes(meetingId, agendaItemId, basedOnVersion, notes.getValue(),
                        internalNotes.isVisible() ? internalNotes.getValue() : null), null, false, false);
            } catch (NotesConflict e) {
                return new Outcome(null, e.theirs(), false, false);
            } catch (ConstraintViolationException e) {
                return new Outcome(null, null, true, false);
            } catch (MinutesClosed e) {
                return new Outcome(null, null, false, true);
            }
        });
        if (outcome == null) {
            return;
        }
        if (outcome.tooLong()) {
            var field = notes.getValue().length() > ItemNotes.MAX_LENGTH ? notes : internalNotes;
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("protocol.notes.tooLong", ItemNotes.MAX_LENGTH));
        } else if (outcome.closed()) {
            // the text stays in the field: the writer may copy it into a comment or a correction
            notes.setInvalid(true);
            notes.setErrorMessage(getTranslation("protocol.notes.closed"));
            status.setText(getTranslation("protocol.conflict.status"));
            // no further attempts: each would be refused again
            notes.setReadOnly(true);
            internalNotes.setReadOnly(true);
        } else if (outcome.saved() == null) {
            showConflict(outcome.theirs());
        } else {
            basedOnVersion = outcome.saved().getVersion();
            lastSaved = text;
            status.setText(getTranslation("protocol.notes.savedAt", Formats.time(outcome.saved().getSavedAt())));
            notes.setInvalid(false);
            internalNotes.setInvalid(false);
            if (preview.isVisible()) {
                preview.removeAll();
                preview.add(RenderedNotes.of(notes.getValue(), getTranslation("protocol.notes.preview.label")));
            }
        }
    }

    private record Outcome(ItemNotes saved, ItemNotes theirs, boolean tooLong, boolean closed) {
    }

    private void buildConflict() {
        conflict.addClassName("protocol-conflict");
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        theirNotes.setLabel(getTranslation("protocol.conflict.theirNotes"));
        theirNotes.setReadOnly(true);
        theirNotes.setWidthFull();
        theirNotes.setMaxHeight("40vh");
        theirInternalNotes.setLabel(getTranslation("protocol.conflict.theirInternalNotes"));
        theirInternalNotes.setReadOnly(true);
        theirInternalNotes.setWidthFull();
        theirInternalNotes.setMaxHeight("40vh");
        keepMine.setText(getTranslation("protocol.conflict.keepMine"));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(click -> keepMine());
        takeTheirs.setText(getTranslation("protocol.conflict.takeTheirs"));
        takeTheirs.addClickListener(click -> takeTheirs());
        var actions = new HorizontalLayout(keepMine, takeTheirs);
        actions.setWrap(true);
        conflict.add(new Span(), theirNotes, theirInternalNotes, actions);
    }

    private void showConflict(ItemNotes stored) {
        theirs = stored;
        var by = stored == null ? "" : Objects.requireNonNullElse(stored.getSavedBy(), "");
        var at = stored == null ? "" : Formats.time(stored.getSavedAt());
        ((Span) conflict.getComponentAt(0)).setText(getTranslation("protocol.conflict.text", by, at));
        theirNotes.setValue(stored == null || stored.getNotes() == null ? "" : stored.getNotes());
        theirInternalNotes.setValue(stored == null || stored.getInternalNotes() == null ? "" : stored.getInternalNotes());
        theirInternalNotes.setVisible(internalNotes.isVisible());
        status.setText(getTranslation("protocol.conflict.status"));
        conflict.setVisible(true);
    }

    /** Saves the writer's own text over the other one, which they have seen. */
    void keepMine() {
        basedOnVersion = theirs == null ? null : theirs.getVersion();
        conflict.setVisible(false);
        save();
    }

    /** Takes the other text into the fields; the writer's own is gone from the fields, they chose so. */
    void takeTheirs() {
        conflict.setVisible(false);
        show(theirs);
        status.setText(getTranslation("protocol.conflict.taken"));
    }

    private void togglePreview() {
        preview.setVisible(!preview.isVisible());
        showPreview.setText(getTranslation(preview.isVisible() ? "protocol.notes.previewHide" : "protocol.notes.preview"));
        if (preview.isVisible()) {
            preview.removeAll();
            preview.add(RenderedNotes.of(notes.getValue(), getTranslation("protocol.notes.preview.label")));
        }
    }

    boolean hasConflict() {
        return conflict.isVisible();
    }
}
