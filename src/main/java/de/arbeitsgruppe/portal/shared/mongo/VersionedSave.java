package de.arbeitsgruppe.portal.shared.mongo;

import de.arbeitsgruppe.portal.shared.ConflictException;
import java.lang.reflect.Field;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Version;
import org.springframework.util.ReflectionUtils;

/**
 * Saves a document with a {@code @Version} and turns a save of an outdated version into a
 * {@link ConflictException}. Spring Data raises the version on the caller's object before it tries
 * the update; when the update fails, that object would carry the newer version, and the user's second
 * click on "Speichern" would overwrite the other person's change — or, after a failure of the
 * database, report a conflict that is none. So the version is put back whenever the save fails.
 */
public final class VersionedSave {

    private VersionedSave() {
    }

    public static <T> T of(Object document, Supplier<T> save) {
        var version = versionField(document.getClass());
        var before = ReflectionUtils.getField(version, document);
        try {
            return save.get();
        } catch (OptimisticLockingFailureException e) {
            ReflectionUtils.setField(version, document, before);
            throw new ConflictException(e);
        } catch (RuntimeException e) {
            // e.g. the database was away: the user's next click must save the same version again
            ReflectionUtils.setField(version, document, before);
            throw e;
        }
    }

    private static Field versionField(Class<?> type) {
        for (var current = type; current != null; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (field.isAnnotationPresent(Version.class)) {
                    ReflectionUtils.makeAccessible(field);
                    return field;
                }
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no @Version field");
    }
}
