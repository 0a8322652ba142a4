package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import jakarta.validation.ConstraintViolationException;
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
}
