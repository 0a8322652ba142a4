package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import de.arbeitsgruppe.portal.shared.ConflictException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a save and turns the expected failures into messages for the user: a conflict with someone
 * else's save, a rule the form did not catch, or a missing permission. Nothing is half-saved, as
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
        }
        return null;
    }
}
