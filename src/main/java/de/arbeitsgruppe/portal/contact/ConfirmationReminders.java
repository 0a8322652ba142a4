package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.contact.internal.Contacts;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.MailStatus;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.GroupContactProperties;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Erinnerung senden": the office asks a person by mail to check and confirm their entry, at most
 * once in {@link Contact#REMINDER_INTERVAL}. The time is stored on the entry (so every node sees it,
 * and the audit trail records who sent it) before the mail goes out: of two coordinators clicking at
 * once, the second one's save is a conflict and sends nothing.
 */
@Service
public class ConfirmationReminders {

    /** The page where the person sees their entry and confirms or changes it. */
    public static final String CONFIRM_PATH = "ansprechpartner/bestaetigen";

    private final Contacts contacts;
    private final Mailer mailer;
    private final CurrentUser currentUser;
    private final PortalTranslations translations;
    private final GroupContactProperties office;

    ConfirmationReminders(Contacts contacts, Mailer mailer, CurrentUser currentUser, PortalTranslations translations,
            GroupContactProperties office) {
        this.contacts = contacts;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.translations = translations;
        this.office = office;
    }

    /**
     * Sends the reminder for the entry.
     *
     * @param portalAddress the portal's address as users reach it ({@code https://portal.example}), for the link
     * @throws ReminderRefused without an e-mail address, or within 14 days of the last reminder
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public MailStatus send(String contactId, String portalAddress) {
        if (portalAddress == null || !portalAddress.matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException("the portal's address is needed for the link");
        }
        var contact = contacts.findByIdAndWorkingGroupId(contactId, currentUser.require().workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown contact"));
        if (contact.getEmail() == null) {
            throw new ReminderRefused("no e-mail address", contact.getReminderSentAt(), null);
        }
        var now = Instant.now();
        // once in 14 days per person: also when another entry carries the same address
        var lastForAddress = contacts.findByWorkingGroupIdAndEmailIgnoreCase(contact.getWorkingGroupId(), contact.getEmail())
                .stream().filter(other -> !other.mayBeRemindedAt(now))
                .max(Comparator.comparing(Contact::getReminderSentAt));
        if (lastForAddress.isPresent()) {
            throw new ReminderRefused("reminded less than 14 days ago", lastForAddress.get().getReminderSentAt(),
                    lastForAddress.get().nextReminderAllowed());
        }
        var before = contact.getReminderSentAt();
        contact.setReminderSentAt(now);
        // stored before the mail goes out: of two coordinators clicking at once, the second meets a conflict
        var saved = VersionedSave.of(contact, () -> contacts.save(contact));
        var status = mailer.send(letter(saved, portalAddress.replaceAll("/+$", "")));
        if (status == MailStatus.FAILED) {
            // the mail server refused it: nobody was reminded, so the office may try again at once
            saved.setReminderSentAt(before);
            VersionedSave.of(saved, () -> contacts.save(saved));
        }
        return status;
    }

    /**
     * Always German, like every mail of the working group. A person with an account gets the link to
     * the page where they confirm; one without (who cannot log in) gets the entry in the mail.
     */
    private OutgoingMail letter(Contact contact, String portalAddress) {
        var ownAccount = contact.getAccountUsername() != null;
        var confirmed = contact.getLastConfirmed() == null ? t("reminder.mail.neverConfirmed")
                : t("reminder.mail.confirmedOn", contact.lastConfirmedText());
        var text = String.join("\n\n",
                t("reminder.mail.greeting", contact.getName()),
                t("reminder.mail.intro", contact.getName(), contact.getOrganisationName(), confirmed),
                t(ownAccount ? "reminder.mail.action.account" : "reminder.mail.action.noAccount"),
                ownAccount ? portalAddress + "/" + CONFIRM_PATH : entryLines(contact),
                t("reminder.mail.closing", currentUser.require().displayName()));
        // answers go to the office, not to the portal's sender address
        return new OutgoingMail(new Recipient(contact.getName(), contact.getEmail()),
                new Recipient(t("reminder.mail.office"), office.email()),
                t("reminder.mail.subject", contact.getName()), text, List.of());
    }

    private String entryLines(Contact contact) {
        var lines = new java.util.ArrayList<String>();
        line(lines, "contact.name", contact.getName());
        line(lines, "contact.function", contact.getFunction());
        line(lines, "contact.organisationalUnit", contact.getOrganisationalUnit());
        line(lines, "contact.organisation", contact.getOrganisationName());
        line(lines, "contact.phone", contact.getPhone());
        line(lines, "contact.email", contact.getEmail());
        return String.join("\n", lines);
    }

    private void line(List<String> lines, String labelKey, String value) {
        if (value != null) {
            lines.add(t(labelKey) + ": " + value);
        }
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, params);
    }
}
