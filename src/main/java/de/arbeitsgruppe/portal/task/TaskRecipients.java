package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.Mailboxes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who hears about a task. A task given to a person: their account's address if they have one, else
 * the address the directory had when the task was given to them (a contact person who cannot log
 * in). A task given to an organisation: every active account of it with an address.
 */
@Component
class TaskRecipients {

    private final Mailboxes mailboxes;

    TaskRecipients(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    /**
     * A person who receives a task mail.
     *
     * @param username their login, or null for someone without an account (who gets everything at once)
     * @param kind what the mail is to them: a task of their own or of their organisation
     */
    record Recipient(String username, String name, String email, TaskMailKind kind) {
    }

    /** The owner side, for the news that the task was given to them. */
    List<Recipient> ofAssignment(Task task) {
        return ownerSide(task, TaskMailKind.ASSIGNED_TO_ME, TaskMailKind.ASSIGNED_TO_MY_ORGANISATION);
    }

    /** The owner side, for a reminder or an overdue notice. */
    List<Recipient> ofReminder(Task task, TaskMailKind kind) {
        return ownerSide(task, kind, kind);
    }

    /** The owner side and whoever gave the task, but never who wrote the comment. */
    List<Recipient> ofComment(Task task, String authorUsername) {
        var all = new ArrayList<>(ownerSide(task, TaskMailKind.COMMENT_ON_MY_TASK, TaskMailKind.COMMENT_ON_MY_TASK));
        mailboxes.ofAccount(task.getCreatedBy()).ifPresent(creator -> all.add(new Recipient(creator.username(),
                creator.name(), creator.email(), TaskMailKind.COMMENT_ON_MY_TASK)));
        var authorAddress = mailboxes.ofAccount(authorUsername).map(Mailboxes.Mailbox::email).orElse(null);
        all.removeIf(recipient -> Objects.equals(recipient.username(), authorUsername)
                || sameAddress(recipient.email(), authorAddress));
        return distinct(all);
    }

    private List<Recipient> ownerSide(Task task, TaskMailKind asPerson, TaskMailKind asOrganisation) {
        if (task.isOwnedByOrganisation()) {
            return distinct(mailboxes.ofOrganisation(task.getWorkingGroupId(), task.getOwnerOrganisationId()).stream()
                    .map(box -> new Recipient(box.username(), box.name(), box.email(), asOrganisation)).toList());
        }
        var account = mailboxes.ofAccount(task.getOwnerUsername());
        if (account.isPresent()) {
            return List.of(new Recipient(account.get().username(), account.get().name(), account.get().email(), asPerson));
        }
        // no account, or one without address or no longer active: the directory's address, everything at once
        return task.getOwnerEmail() == null ? List.of()
                : List.of(new Recipient(null, task.getOwnerName(), task.getOwnerEmail(), asPerson));
    }

    /** One mail per address: the first role named wins (the owner before the creator). */
    private static List<Recipient> distinct(List<Recipient> recipients) {
        var byAddress = new LinkedHashMap<String, Recipient>();
        recipients.forEach(recipient -> byAddress.putIfAbsent(recipient.email().toLowerCase(Locale.ROOT), recipient));
        return List.copyOf(byAddress.values());
    }

    private static boolean sameAddress(String one, String other) {
        return one != null && other != null && one.equalsIgnoreCase(other);
    }
}
