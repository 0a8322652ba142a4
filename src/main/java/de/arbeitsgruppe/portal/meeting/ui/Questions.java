package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import java.time.Instant;
import java.util.function.Consumer;

/** The meeting pages' questions, all asked with the one {@link Confirmation}. */
final class Questions {

    private Questions() {
    }

    /**
     * Which dates of a series an action applies to: "Nur diesen Termin" (confirm) or "Diesen und alle
     * folgenden" (the second way); "Abbrechen" does nothing.
     */
    static Confirmation scope(Component owner, String header, String text, Consumer<EditScope> action) {
        return new Confirmation(header, text, owner.getTranslation(EditScope.THIS.translationKey()),
                owner.getTranslation("form.cancel"), () -> action.accept(EditScope.THIS))
                .withAlternative(owner.getTranslation(EditScope.FOLLOWING.translationKey()),
                        () -> action.accept(EditScope.FOLLOWING));
    }

    /**
     * "Termin verschieben?": the old and the new time and whether the invitees will hear of it; asked
     * after a drag in the calendar and by the "Verschieben" action.
     */
    static Confirmation reschedule(Component owner, Meeting meeting, Instant start, Instant end, Runnable onConfirm) {
        var notice = meeting.getInvitedAt() == null ? "calendar.move.notInvited" : "calendar.move.notify";
        return new Confirmation(owner.getTranslation("calendar.move.title"),
                owner.getTranslation("calendar.move.question", meeting.getTitle()),
                owner.getTranslation("calendar.move.confirm"), owner.getTranslation("calendar.move.cancel"), onConfirm)
                .withDetails(new Paragraph(owner.getTranslation("calendar.move.before", period(meeting.getStart(), meeting.getEnd()))),
                        new Paragraph(owner.getTranslation("calendar.move.after", period(start, end))),
                        new Paragraph(owner.getTranslation(notice)));
    }

    /** "03.12.2026, 14:00–15:30", or both dates when it ends on another day. */
    static String period(Instant start, Instant end) {
        return Formats.dateTime(start) + (Formats.sameDay(start, end) ? "–" : " – ") + Formats.end(start, end);
    }
}
