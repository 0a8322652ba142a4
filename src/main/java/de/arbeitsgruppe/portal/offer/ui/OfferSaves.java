package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.Component;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a change of an offer or of the district list: someone else's change in the meantime is told
 * in the words of the page ({@code conflictKey}) and {@code onConflict} shows the stored state,
 * while what the user typed stays where it is. The other failures go the portal's common way;
 * a rule the service refuses ({@code OfferRefused}) reaches the caller, who marks the field.
 */
final class OfferSaves {

    private OfferSaves() {
    }

    static <T> Optional<T> attempt(Component owner, String conflictKey, Runnable onConflict, Supplier<T> change) {
        var conflict = new boolean[1];
        var result = SaveFailures.attempt(owner, () -> {
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
