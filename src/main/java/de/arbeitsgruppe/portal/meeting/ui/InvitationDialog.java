package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.arbeitsgruppe.portal.meeting.InvitationException;
import de.arbeitsgruppe.portal.meeting.InvitationPreview;
import de.arbeitsgruppe.portal.meeting.InvitationResult;
import de.arbeitsgruppe.portal.meeting.Invitee;
import de.arbeitsgruppe.portal.meeting.MeetingInvitations;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Sends the invitation of a meeting after showing who receives it, who cannot (no address) and
 * whether the invitation deadline ("Ladungsfrist") has passed. Open it from the meeting's page:
 * {@code new InvitationDialog(meeting.getId(), invitations).open()} with the injected
 * {@link MeetingInvitations}; only coordinators and admins may send.
 * <p>
 * Mails go out in the background while a progress bar runs; the page polls for the result, so
 * the portal needs no server push for this.
 */
class InvitationDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(InvitationDialog.class);
    private static final int POLL_MILLIS = 500;

    final Paragraph when = new Paragraph();
    final Paragraph deadlineWarning = new Paragraph();
    final Paragraph alreadyInvited = new Paragraph();
    final Paragraph problem = new Paragraph();
    final UnorderedList recipients = new UnorderedList();
    final UnorderedList withoutAddress = new UnorderedList();
    final RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final Paragraph result = new Paragraph();
    final Button send = new Button();
    final Button close = new Button();
    /** Where the mails are written; tests send in their own thread. */
    Executor sending = new DelegatingSecurityContextExecutor(task -> Thread.ofVirtual().name("invitation").start(task));

    private final String meetingId;
    private final MeetingInvitations invitations;

    InvitationDialog(String meetingId, MeetingInvitations invitations) {
        this.meetingId = meetingId;
        this.invitations = invitations;
        var preview = invitations.preview(meetingId);
        setHeaderTitle(getTranslation("invitation.title", preview.title()));
        setWidth("min(48rem, 95vw)");
        when.setText(getTranslation("invitation.when", Formats.dateTime(preview.start())));
        add(when);
        showDeadline(preview);
        showRecipients(preview);
        showScope(preview);
        problem.addClassName("portal-gap");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(!preview.sendable());
        if (!preview.sendable()) {
            problem.setText(getTranslation(preview.problemKey()));
        }
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("invitation.sending"));
        progressText.setText(getTranslation("invitation.sending"));
        progressText.setVisible(false);
        result.getElement().setAttribute("role", "status");
        add(problem, progressText, progress, result);
        send.setText(getTranslation("invitation.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(preview.sendable());
        send.addClickListener(click -> startSending());
        close.setText(getTranslation("invitation.close"));
        close.addClickListener(click -> close());
        getFooter().add(close, send);
    }

    private void showDeadline(InvitationPreview preview) {
        deadlineWarning.addClassName("portal-flag");
        deadlineWarning.getElement().setAttribute("role", "alert");
        deadlineWarning.setText(getTranslation("invitation.deadline.late", preview.deadlineDays(),
                Formats.date(preview.deadline())));
        deadlineWarning.setVisible(preview.late() && preview.problemKey() == null);
        alreadyInvited.setText(getTranslation("invitation.alreadyInvited", Formats.dateTime(preview.invitedAt())));
        alreadyInvited.setVisible(preview.invitedAt() != null);
        add(deadlineWarning, alreadyInvited);
    }

    private void showRecipients(InvitationPreview preview) {
        preview.recipients().forEach(invitee -> recipients.add(new ListItem(line(invitee))));
        recipients.setVisible(!preview.recipients().isEmpty());
        var recipientsHeading = new H3(getTranslation("invitation.recipients", preview.recipients().size()));
        add(recipientsHeading, recipients);
        if (!preview.withoutAddress().isEmpty()) {
            preview.withoutAddress().forEach(name -> withoutAddress.add(
                    new ListItem(getTranslation("invitation.noAddress", name))));
            add(new H3(getTranslation("invitation.withoutAddress")), withoutAddress);
        }
    }

    private String line(Invitee invitee) {
        return getTranslation("invitation.recipient", invitee.name(), invitee.email());
    }

    private void showScope(InvitationPreview preview) {
        scope.setLabel(getTranslation("invitation.scope"));
        scope.setItems(false, true);
        // each choice says what it sends: one mail per date or one mail with the whole series
        scope.setItemLabelGenerator(series -> series ? getTranslation("invitation.scope.series")
                : getTranslation("invitation.scope.single",
                        Formats.date(preview.start().atZone(Formats.ZONE).toLocalDate())));
        scope.setValue(false);
        scope.setVisible(preview.partOfSeries());
        add(scope);
    }

    private void startSending() {
        var ui = UI.getCurrent();
        boolean wholeSeries = Boolean.TRUE.equals(scope.getValue());
        send.setEnabled(false);
        scope.setReadOnly(true);
        progress.setVisible(true);
        progressText.setVisible(true);
        result.setText("");
        ui.setPollInterval(POLL_MILLIS);
        sending.execute(() -> {
            Outcome outcome;
            try {
                outcome = new Outcome(invitations.send(meetingId, wholeSeries), null);
            } catch (InvitationException e) {
                outcome = new Outcome(null, e.translationKey());
            } catch (AccessDeniedException e) {
                outcome = new Outcome(null, "error.forbidden.text");
            } catch (RuntimeException e) {
                log.warn("Invitation to {} not sent", meetingId, e);
                outcome = new Outcome(null, "invitation.error.unexpected");
            }
            var finished = outcome;
            try {
                ui.accessSynchronously(() -> finish(ui, finished));
            } catch (UIDetachedException e) {
                // the user left the page meanwhile: the outbox shows what was sent
            }
        });
    }

    private void finish(UI ui, Outcome outcome) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        progressText.setVisible(false);
        if (outcome.errorKey() != null) {
            result.setText(getTranslation(outcome.errorKey()));
            result.setClassName("portal-gap");
            send.setEnabled(true);
            scope.setReadOnly(false);
            Notices.error(result.getText());
            return;
        }
        result.setText(message(outcome.result()));
        result.setClassName("portal-gap", outcome.result().failed() > 0);
        if (outcome.result().failed() > 0) {
            Notices.error(result.getText());
        } else {
            Notices.success(result.getText());
        }
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.focus();
    }

    private String message(InvitationResult sent) {
        if (sent.failed() > 0) {
            return getTranslation("invitation.failed", sent.failed(), sent.recipients());
        }
        return getTranslation(sent.kept() > 0 ? "invitation.kept" : "invitation.sent", sent.recipients());
    }

    private record Outcome(InvitationResult result, String errorKey) {
    }
}
