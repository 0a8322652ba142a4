package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a save and turns the expected failures into messages for the user: a conflict with someone
 * else's save, a rule the form did not catch, a missing permission, or a database that cannot be
 * reached (the audit trail's write fails the same way, so it ends up here too). Nothing is half-saved, as
 * every save writes one document.
 */
public final class SaveFailures {

    private SaveFailures() {
    }

    public static <T> T attempt(Component owner, Supplier<T> save) {
        try {
            return save.get();
        } catch (ConflictException e) {
            Notices.error(owner.getTranslation("form.conflict"));
        } catch (ConstraintViolationException e) {
            Notices.error(owner.getTranslation("form.invalid"));
        } catch (AccessDeniedException e) {
            Notices.error(owner.getTranslation("error.forbidden.text"));
        } catch (RuntimeException e) {
            if (!DatabaseAway.explains(e)) {
                throw e;
            }
            // the form stays open with what the user typed; a later click on "Speichern" saves it
            Notices.error(owner.getTranslation(DatabaseAway.MESSAGE));
        }
        return null;
    }

    /**
     * Runs a change whose conflict with someone else's change the page answers itself: it tells the
     * user in its own words ({@code conflictKey}) and runs {@code onConflict} (e.g. shows the stored
     * record anew), while what the user typed stays in its field for a second try. Other failures as
     * {@link #attempt}. Empty when nothing was saved.
     */
    public static <T> Optional<T> attemptOrReload(Component owner, String conflictKey, Runnable onConflict,
            Supplier<T> change) {
        var conflict = new boolean[1];
        var result = attempt(owner, () -> {
            try {
                return change.get();
            } catch (ConflictException e) {
                conflict[0] = true;
                return null;
            }
        });
        if (conflict[0]) {
            onConflict.run();
            Notices.error(owner.getTranslation(conflictKey));
        }
        return Optional.ofNullable(result);
    }
}
