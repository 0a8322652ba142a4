package de.arbeitsgruppe.portal.shared.mongo;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.Verbatim;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Strips control characters from every text of every document before it is stored: a text field's
 * {@code maxLength} is only a hint to the browser, and a lone carriage return in a name ends up in
 * invitation files and vCards that other programs parse. One callback instead of a call in every
 * setter, so that a new module's documents are cleaned without code of their own; it runs before
 * validation ({@code ValidatingEntityCallback}, a before-save callback), which enforces the lengths.
 * <p>
 * Texts become one line ({@link Texts#singleLine}) unless the field is {@link MultiLine}; nested
 * objects of the portal's own classes (agenda items, guests, addresses) are cleaned the same way.
 * Records cannot be changed in place and are left as they are: none holds typed text.
 * Documents marked {@link Verbatim} are skipped. All writes go through save, never through update
 * operations, so no path passes this callback by.
 */
@Component
class TextCleaning implements BeforeConvertCallback<Object>, Ordered {

    private static final String OWN_PACKAGE = Texts.class.getPackageName().replaceFirst("shared$", "");
    private static final int MAX_DEPTH = 4;

    private final Map<Class<?>, List<Field>> fieldsOf = new ConcurrentHashMap<>();

    @Override
    public Object onBeforeConvert(Object entity, String collection) {
        if (!entity.getClass().isAnnotationPresent(Verbatim.class)) {
            clean(entity, 0);
        }
        return entity;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private void clean(Object object, int depth) {
        if (object == null || depth > MAX_DEPTH || !isOwn(object.getClass()) || object.getClass().isRecord()) {
            return;
        }
        for (Field field : fieldsOf.computeIfAbsent(object.getClass(), TextCleaning::fields)) {
            var value = ReflectionUtils.getField(field, object);
            var cleaned = cleaned(value, field.isAnnotationPresent(MultiLine.class), depth);
            if (cleaned != value) {
                ReflectionUtils.setField(field, object, cleaned);
            }
        }
    }

    /** The value itself when nothing changed, so that unchanged collections stay as they are. */
    private Object cleaned(Object value, boolean multiLine, int depth) {
        if (value instanceof String text) {
            var clean = multiLine ? Texts.multiLine(text) : Texts.singleLine(text);
            return clean.equals(text) ? text : clean;
        }
        if (value instanceof Collection<?> values) {
            var changed = false;
            var result = new ArrayList<>(values.size());
            for (Object element : values) {
                var clean = cleaned(element, multiLine, depth + 1);
                changed |= clean != element;
                result.add(clean);
            }
            if (!changed) {
                return value;
            }
            return value instanceof Set<?> ? new LinkedHashSet<>(result) : result;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> clean(element, depth + 1));
            return value;
        }
        clean(value, depth + 1);
        return value;
    }

    private static boolean isOwn(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE) && !type.isEnum();
    }

    private static List<Field> fields(Class<?> type) {
        var fields = new ArrayList<Field>();
        ReflectionUtils.doWithFields(type, field -> {
            ReflectionUtils.makeAccessible(field);
            fields.add(field);
        }, field -> !Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers()));
        return List.copyOf(fields);
    }
}
