package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.internal.MailChoices;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Benachrichtigungen": each person chooses for themselves how task mails reach them. Nobody reads
 * or changes another person's choices: both methods act on the logged-in user's own.
 */
@Service
public class TaskMailSettings {

    private final MailChoices choices;
    private final CurrentUser currentUser;

    TaskMailSettings(MailChoices choices, CurrentUser currentUser) {
        this.choices = choices;
        this.currentUser = currentUser;
    }

    /** The user's choices; everything at once until they chose otherwise. */
    @PreAuthorize("isAuthenticated()")
    public TaskMailChoices mine() {
        var user = currentUser.require();
        return choices.findById(user.username()).orElseGet(() -> new TaskMailChoices(user.username(), user.workingGroupId()));
    }

    /**
     * Saves the choices as the user's own, whichever id they carry. Choices shown before another
     * save (another tab) are a conflict.
     *
     * @throws TaskRefused "off" for tasks given to the user themselves
     */
    @PreAuthorize("isAuthenticated()")
    public TaskMailChoices save(TaskMailChoices changed) {
        var user = currentUser.require();
        if (changed.switchesOffWhatMustStay()) {
            throw new TaskRefused("assignedToMe", "task.mail.validation.assignedToMe");
        }
        changed.belongTo(user.username(), user.workingGroupId());
        try {
            return VersionedSave.of(changed, () -> choices.save(changed));
        } catch (DuplicateKeyException firstSavedElsewhere) {
            // a first save while another tab made the first one: like any other outdated save
            throw new ConflictException(firstSavedElsewhere);
        }
    }

    /** How the kind of mail reaches the person; someone without an account gets everything at once. */
    TaskMailTiming timing(String username, TaskMailKind kind) {
        if (username == null) {
            return TaskMailTiming.AT_ONCE;
        }
        return choices.findById(username).map(stored -> stored.timing(kind)).orElse(TaskMailTiming.AT_ONCE);
    }
}
