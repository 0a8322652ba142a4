package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What an edit page ("…/:id/bearbeiten" or "…/neu") works on. An unknown id shows the not-found page,
 * a record the user may not edit (also when the id is typed into the address bar) the forbidden page.
 */
public final class EditTarget {

    private EditTarget() {
    }

    /** The record to edit, or empty after rerouting to an error page. */
    public static <T> Optional<T> resolve(BeforeEnterEvent event, boolean mayCreate, Supplier<T> newRecord,
            Function<String, Optional<T>> find, Predicate<T> mayEdit) {
        var id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            if (!mayCreate) {
                event.rerouteToError(AccessDeniedException.class);
                return Optional.empty();
            }
            return Optional.of(newRecord.get());
        }
        var found = find.apply(id.get());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        } else if (!mayEdit.test(found.get())) {
            event.rerouteToError(AccessDeniedException.class);
            return Optional.empty();
        }
        return found;
    }
}
