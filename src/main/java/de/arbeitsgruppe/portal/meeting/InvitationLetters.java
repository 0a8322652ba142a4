package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.meeting.InvitationRecipients.Organiser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The texts of invitations, updates and cancellations. They are always German, whoever sends them:
 * the working group's official language, like the minutes. Internal agenda items go only to
 * invitees of member organisations.
 */
@Component
class InvitationLetters {

    static final int LISTED_DATES = 12;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.GERMAN);

    private final PortalTranslations translations;

    InvitationLetters(PortalTranslations translations) {
        this.translations = translations;
    }

    record Letter(String subject, String text) {
    }

    Letter invitation(Meeting meeting, Organiser organiser, Invitee to) {
        var text = new StringBuilder(greeting(to)).append(t("invitation.mail.intro")).append("\n\n");
        details(text, meeting, organiser, to, true);
        text.append(t("invitation.mail.reply")).append("\n\n");
        return new Letter(t("invitation.mail.subject", meeting.getTitle(), Formats.dateTime(meeting.getStart())),
                closing(text, organiser));
    }

    /** The series with its coming dates; the agenda is that of the first of them. */
    Letter seriesInvitation(List<Meeting> dates, Organiser organiser, Invitee to) {
        var first = dates.getFirst();
        var text = new StringBuilder(greeting(to)).append(t("invitation.mail.intro.series")).append("\n\n");
        text.append(first.getTitle()).append("\n\n").append(t("invitation.mail.dates")).append('\n');
        dateList(text, dates);
        details(text, first, organiser, to, false);
        text.append(t("invitation.mail.reply")).append("\n\n");
        return new Letter(t("invitation.mail.subject.series", first.getTitle(), Formats.dateTime(first.getStart())),
                closing(text, organiser));
    }

    Letter update(Meeting meeting, Organiser organiser, Invitee to) {
        var text = new StringBuilder(greeting(to)).append(t("invitation.mail.intro.update")).append("\n\n");
        details(text, meeting, organiser, to, true);
        text.append(t("invitation.mail.reply.update")).append("\n\n");
        return new Letter(t("invitation.mail.subject.update", meeting.getTitle(), Formats.dateTime(meeting.getStart())),
                closing(text, organiser));
    }

    /** Several dates of one series changed at once ("this and following"). */
    Letter seriesUpdate(List<Meeting> changed, Organiser organiser, Invitee to) {
        var first = changed.getFirst();
        var text = new StringBuilder(greeting(to)).append(t("invitation.mail.intro.seriesUpdate")).append("\n\n");
        text.append(first.getTitle()).append("\n\n").append(t("invitation.mail.dates")).append('\n');
        dateList(text, changed);
        details(text, first, organiser, to, false);
        text.append(t("invitation.mail.reply.update")).append("\n\n");
        return new Letter(t("invitation.mail.subject.seriesUpdate", first.getTitle(), Formats.dateTime(first.getStart())),
                closing(text, organiser));
    }

    Letter cancellation(List<Meeting> cancelled, Organiser organiser, Invitee to) {
        var first = cancelled.getFirst();
        var text = new StringBuilder(greeting(to));
        text.append(t(cancelled.size() == 1 ? "invitation.mail.intro.cancel" : "invitation.mail.intro.cancelSeveral"))
                .append("\n\n").append(first.getTitle()).append("\n\n");
        if (cancelled.size() == 1) {
            text.append(t("invitation.mail.when", when(first))).append("\n\n");
        } else {
            text.append(t("invitation.mail.dates")).append('\n');
            dateList(text, cancelled);
        }
        text.append(t("invitation.mail.reply.cancel")).append("\n\n");
        return new Letter(t("invitation.mail.subject.cancel", first.getTitle(), Formats.dateTime(first.getStart())),
                closing(text, organiser));
    }

    private void details(StringBuilder text, Meeting meeting, Organiser organiser, Invitee to, boolean withTitle) {
        if (withTitle) {
            text.append(meeting.getTitle()).append("\n\n");
            text.append(t("invitation.mail.when", when(meeting))).append('\n');
        }
        if (meeting.getPlace() != null) {
            text.append(t("invitation.mail.place", meeting.getPlace())).append('\n');
        }
        if (meeting.getOnlineLink() != null) {
            text.append(t("invitation.mail.online", meeting.getOnlineLink())).append('\n');
        }
        text.append(t("invitation.mail.organiser", organiser.line())).append("\n\n");
        if (meeting.getDescription() != null) {
            text.append(meeting.getDescription()).append("\n\n");
        }
        agenda(text, meeting, to, withTitle);
    }

    private void agenda(StringBuilder text, Meeting meeting, Invitee to, boolean single) {
        var items = meeting.getAgenda().stream().filter(item -> to.internal() || item.isPublicItem()).toList();
        if (items.isEmpty()) {
            return;
        }
        text.append(single ? t("invitation.mail.agenda")
                : t("invitation.mail.agenda.of", Formats.date(meeting.localStart().toLocalDate()))).append('\n');
        int number = 0;
        for (AgendaItem item : items) {
            number++;
            var minutes = String.valueOf(item.getPlannedMinutes());
            text.append(item.getPresenter() == null
                    ? t("invitation.mail.agenda.item", number, item.getTitle(), minutes)
                    : t("invitation.mail.agenda.itemWithPresenter", number, item.getTitle(), minutes, item.getPresenter()))
                    .append('\n');
        }
        var total = items.stream().mapToInt(AgendaItem::getPlannedMinutes).sum();
        text.append(t("invitation.mail.agenda.total", String.valueOf(total))).append("\n\n");
    }

    private void dateList(StringBuilder text, List<Meeting> dates) {
        dates.stream().limit(LISTED_DATES).forEach(date -> text.append("– ").append(when(date)).append('\n'));
        if (dates.size() > LISTED_DATES) {
            text.append(t("invitation.mail.moreDates", dates.size() - LISTED_DATES)).append('\n');
        }
        text.append('\n');
    }

    /** "Dienstag, 24.11.2026, 14:00 bis 15:30 Uhr" (the end with its date when it is another day). */
    String when(Meeting meeting) {
        return t("invitation.mail.period", WEEKDAY.format(meeting.localStart()), Formats.dateTime(meeting.getStart()),
                Formats.end(meeting.getStart(), meeting.getEnd()));
    }

    private String greeting(Invitee to) {
        return (to.name() == null || to.name().isBlank() ? t("invitation.mail.greeting.anonymous")
                : t("invitation.mail.greeting", to.name())) + "\n\n";
    }

    private String closing(StringBuilder text, Organiser organiser) {
        text.append(t("invitation.mail.closing")).append('\n').append(organiser.name()).append('\n');
        if (organiser.organisationName() != null && !organiser.organisationName().equals(organiser.name())) {
            text.append(organiser.organisationName()).append('\n');
        }
        return text.append("\n-- \n").append(t("invitation.mail.footer")).append('\n').toString();
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, parameters);
    }
}
