package de.arbeitsgruppe.portal.shared.mongo;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Why a change is made, where the action asks for one (a correction, a cancellation): the audit
 * trail records it with every document saved while the action runs, without the module writing
 * audit code. Kept per thread only for the duration of the action.
 */
public final class ChangeReason {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ChangeReason() {
    }

    public static <T> T during(String reason, Supplier<T> action) {
        var before = CURRENT.get();
        CURRENT.set(reason);
        try {
            return action.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
