package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.mongo.Derived;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Field-by-field differences between two stored forms of a document (before and after a save), with
 * the labels the pages use. Skips what nobody changes by hand (id, version, working group,
 * {@link Derived} fields) and never writes the value of a secret (password hash, token).
 */
class DocumentDiff {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwort|hash|secret|token|apikey|privatekey|salt|credential).*");
    private static final List<String> LABEL_FIELDS = List.of("name", "title", "displayName", "subject", "username");
    private static final int MAX_TEXT = 300;

    private final MongoMappingContext mapping;

    DocumentDiff(MongoMappingContext mapping) {
        this.mapping = mapping;
    }

    List<FieldChange> between(Class<?> type, Document before, Document after) {
        var entity = mapping.getPersistentEntity(type);
        if (entity == null) {
            return List.of();
        }
        return changes(entity, before == null ? new Document() : before, after == null ? new Document() : after);
    }

    /**
     * A readable name for the record: its name, title or subject, else that of its {@code details}
     * (an offer keeps its title there, apart from what changes without review), else its id.
     */
    static String label(Document document) {
        return LABEL_FIELDS.stream().map(document::get).filter(value -> value instanceof String text && !text.isBlank())
                .map(value -> shorten((String) value)).findFirst()
                .orElseGet(() -> document.get("details") instanceof Document details && details.get("title") instanceof String title
                        && !title.isBlank() ? shorten(title) : String.valueOf(document.get("_id")));
    }

    private List<FieldChange> changes(MongoPersistentEntity<?> entity, Document before, Document after) {
        var changes = new ArrayList<FieldChange>();
        for (MongoPersistentProperty property : entity) {
            if (property.isIdProperty() || property.isVersionProperty() || property.isAnnotationPresent(Derived.class)
                    || property.getName().equals("workingGroupId")) {
                continue;
            }
            var old = before.get(property.getFieldName());
            var now = after.get(property.getFieldName());
            if (Objects.equals(normal(old), normal(now))) {
                continue;
            }
            var field = labelKey(entity.getType(), property.getName());
            if (SECRET.matcher(property.getName()).matches()) {
                changes.add(FieldChange.secret(field));
            } else if (property.isEntity() && !property.isCollectionLike() && !property.isMap()) {
                var nested = mapping.getRequiredPersistentEntity(property.getActualType());
                changes(nested, asDocument(old), asDocument(now)).forEach(change -> changes.add(change.inside(field, null)));
            } else if (property.isCollectionLike() && property.isEntity()) {
                changes.addAll(listChanges(field, mapping.getRequiredPersistentEntity(property.getActualType()), old, now));
            } else if (property.isMap()) {
                changes.addAll(mapChanges(field, property, old, now));
            } else {
                var type = typeOf(property.getActualType());
                var change = FieldChange.of(field, text(old, type), text(now, type), type);
                if (!Objects.equals(change.before(), change.after())) {
                    changes.add(change);
                }
            }
        }
        return changes;
    }

    /** Elements matched by their id where they have one: an edited agenda item is a change, not a removal and an addition. */
    private List<FieldChange> listChanges(String field, MongoPersistentEntity<?> element, Object old, Object now) {
        var before = byKey(old);
        var after = byKey(now);
        var changes = new ArrayList<FieldChange>();
        var sameElements = before.keySet().equals(after.keySet());
        if (sameElements && !new ArrayList<>(before.keySet()).equals(new ArrayList<>(after.keySet()))) {
            // only the order changed (an agenda rearranged): the new order is the change
            changes.add(FieldChange.of(field, labels(before), labels(after), null));
        }
        before.forEach((key, document) -> {
            if (!after.containsKey(key)) {
                changes.add(FieldChange.of(field, label(document), null, null));
            } else {
                changes(element, document, after.get(key)).forEach(change -> changes.add(change.inside(field, label(after.get(key)))));
            }
        });
        after.forEach((key, document) -> {
            if (!before.containsKey(key)) {
                changes.add(FieldChange.of(field, null, label(document), null));
            }
        });
        return changes;
    }

    private static String labels(Map<Object, Document> elements) {
        return elements.values().stream().map(DocumentDiff::label).collect(Collectors.joining(" | "));
    }

    private List<FieldChange> mapChanges(String field, MongoPersistentProperty property, Object old, Object now) {
        var before = asDocument(old);
        var after = asDocument(now);
        var type = typeOf(property.getMapValueType() == null ? Object.class : property.getMapValueType());
        var keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(key -> !Objects.equals(normal(before.get(key)), normal(after.get(key))))
                .map(key -> FieldChange.of(field, text(before.get(key), type), text(after.get(key), type), type)
                        .inside(null, key))
                .toList();
    }

    private static Map<Object, Document> byKey(Object list) {
        var byKey = new LinkedHashMap<Object, Document>();
        if (list instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                var document = asDocument(element);
                var key = document.get("_id") != null ? document.get("_id") : document.get("id") != null ? document.get("id") : index;
                byKey.put(key, document);
                index++;
            }
        }
        return byKey;
    }

    /** The translation key the forms use for this field ({@code contact.phone}), else a general one, else the name. */
    static String labelKey(Class<?> owner, String name) {
        var simple = owner.getSimpleName();
        var own = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + name;
        if (PortalTranslations.has(own)) {
            return own;
        }
        var general = "audit.field." + name;
        return PortalTranslations.has(general) ? general : name;
    }

    private static String typeOf(Class<?> type) {
        if (type.isEnum()) {
            return type.getName();
        }
        if (Instant.class.equals(type) || Date.class.equals(type)) {
            return "instant";
        }
        if (LocalDate.class.equals(type)) {
            return "date";
        }
        if (java.time.LocalDateTime.class.equals(type)) {
            return "wallclock";
        }
        if (Boolean.class.equals(type) || boolean.class.equals(type)) {
            return "boolean";
        }
        return null;
    }

    private static String text(Object value, String type) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            var texts = values.stream().map(element -> text(element, type)).filter(Objects::nonNull);
            // sets come back in any order; a list of plain values reads the same sorted
            return texts.sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Date date) {
            if ("date".equals(type)) {
                return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC).toString();
            }
            // wall-clock times are stored as if in UTC (the driver's codec): read back the same way
            return "wallclock".equals(type) ? java.time.LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC).toString()
                    : date.toInstant().toString();
        }
        if (value instanceof Binary binary) {
            return "(" + binary.length() + " bytes)";
        }
        if (value instanceof Document document) {
            return label(document);
        }
        return shorten(value.toString());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    private static Object normal(Object value) {
        // a missing field, null and an empty list all mean "nothing there"
        if (value instanceof Collection<?> values && values.isEmpty()) {
            return null;
        }
        if (value instanceof Map<?, ?> values && values.isEmpty()) {
            return null;
        }
        if (value instanceof Collection<?> values && !(value instanceof List<?>)) {
            return new TreeSet<>(values.stream().map(String::valueOf).toList());
        }
        return value;
    }

    private static Document asDocument(Object value) {
        return value instanceof Document document ? document : new Document();
    }
}
