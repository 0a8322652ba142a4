package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps invitees' calendars in step: when meetings that were already invited change, their
 * invitees get an update ("Geändert: …", METHOD:REQUEST with the raised SEQUENCE); when they are
 * cancelled, a cancellation ("Abgesagt: …", METHOD:CANCEL). Several dates of one series changed at
 * once travel in one mail per recipient. Runs in the coordinator's request, right after the change
 * was saved; a failure is logged and never undoes the change.
 */
@Component
class InvitationUpdates {

    private static final Logger log = LoggerFactory.getLogger(InvitationUpdates.class);

    private final MeetingManagement meetings;
    private final InvitationRecipients recipients;
    private final InvitationLetters letters;
    private final InvitationDelivery delivery;
    private final MeetingCalendarFiles calendarFiles;

    InvitationUpdates(MeetingManagement meetings, InvitationRecipients recipients, InvitationLetters letters,
            InvitationDelivery delivery, MeetingCalendarFiles calendarFiles) {
        this.meetings = meetings;
        this.recipients = recipients;
        this.letters = letters;
        this.delivery = delivery;
        this.calendarFiles = calendarFiles;
    }

    @EventListener
    void on(MeetingsChanged event) {
        var bySeries = new LinkedHashMap<String, List<Meeting>>();
        event.meetingIds().stream().map(meetings::find).flatMap(Optional::stream)
                .filter(meeting -> meeting.getInvitedAt() != null)
                // a held meeting whose attendance is recorded is no news for anyone's calendar
                .filter(meeting -> meeting.getState() != MeetingState.HELD && meeting.getEnd().isAfter(Instant.now()))
                .forEach(meeting -> bySeries.computeIfAbsent(meeting.isPartOfSeries() ? meeting.getSeriesId()
                        : meeting.getId(), key -> new ArrayList<>()).add(meeting));
        for (List<Meeting> dates : bySeries.values()) {
            try {
                if (event.cancelled()) {
                    cancel(dates);
                } else if (dates.size() == 1) {
                    update(dates.getFirst());
                } else {
                    updateSeries(dates);
                }
            } catch (RuntimeException e) {
                log.warn("Update of the invitation to {} not sent", dates.getFirst().getId(), e);
            }
        }
    }

    private void update(Meeting meeting) {
        var resolved = recipients.of(meeting);
        var organiser = recipients.organiser(meeting);
        var files = InvitationDelivery.perRecipient((seen, invitee) -> List.of(InvitationDelivery.calendarFile(
                MeetingInvitations.INVITATION_FILE, InvitationDelivery.REQUEST,
                calendarFiles.request(seen.apply(meeting), recipients.participants(organiser, invitee)))));
        delivery.deliver(resolved.recipients(), organiser, invitee -> letters.update(meeting, organiser, invitee), files);
    }

    private void updateSeries(List<Meeting> changed) {
        var first = changed.getFirst();
        var series = meetings.seriesRule(first.getSeriesId()).orElseThrow();
        var resolved = recipients.of(changed);
        var organiser = recipients.organiser(first);
        var all = meetings.series(first.getSeriesId());
        var files = InvitationDelivery.perRecipient((seen, invitee) -> List.of(InvitationDelivery.calendarFile(
                MeetingInvitations.INVITATION_FILE, InvitationDelivery.REQUEST,
                calendarFiles.requestSeries(series, all.stream().map(seen).toList(), recipients.participants(organiser, invitee)))));
        delivery.deliver(resolved.recipients(), organiser, invitee -> letters.seriesUpdate(changed, organiser, invitee),
                files);
    }

    /** One file per cancelled date, each with METHOD:CANCEL for exactly that date. */
    private void cancel(List<Meeting> cancelled) {
        var resolved = recipients.of(cancelled);
        var organiser = recipients.organiser(cancelled.getFirst());
        var files = InvitationDelivery.perRecipient((seen, invitee) -> {
            var made = new ArrayList<Attachment>();
            for (int i = 0; i < cancelled.size(); i++) {
                var name = cancelled.size() == 1 ? "absage.ics" : "absage-" + (i + 1) + ".ics";
                made.add(InvitationDelivery.calendarFile(name, InvitationDelivery.CANCEL,
                        calendarFiles.cancel(seen.apply(cancelled.get(i)), recipients.participants(organiser, invitee))));
            }
            return made;
        });
        delivery.deliver(resolved.recipients(), organiser, invitee -> letters.cancellation(cancelled, organiser, invitee),
                files);
    }
}
