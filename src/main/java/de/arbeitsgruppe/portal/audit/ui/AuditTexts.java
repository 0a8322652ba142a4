package de.arbeitsgruppe.portal.audit.ui;

import de.arbeitsgruppe.portal.audit.AuditActor;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.FieldChange;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An entry in words, in the reader's language: "Telefon: +49 … → +49 …", "Sichtbarkeit: intern →
 * Partner". The page and the CSV export say it the same way.
 */
final class AuditTexts {

    private final Function<String, String> translate;

    AuditTexts(Function<String, String> translate) {
        this.translate = translate;
    }

    String when(AuditEntry entry) {
        return Formats.dateTime(entry.at());
    }

    String who(AuditActor actor) {
        if (actor.isSystem()) {
            return translate.apply("audit.system");
        }
        var name = actor.displayName() == null ? actor.username() : actor.displayName() + " (" + actor.username() + ")";
        return actor.organisationName() == null || actor.organisationName().isBlank() ? name
                : name + ", " + actor.organisationName();
    }

    java.util.List<String> csvHeader() {
        return java.util.stream.Stream.of("audit.at", "audit.kind", "account.username", "audit.person", "audit.organisation",
                "audit.recordType", "audit.recordId", "audit.record", "audit.changes", "audit.reason", "audit.detail")
                .map(translate).toList();
    }

    String cutOff(int rows) {
        return translate.apply("audit.csv.cutOff").replace("{0}", Integer.toString(rows));
    }

    String kind(AuditEntry entry) {
        return translate.apply(entry.kind().translationKey());
    }

    /** The kind of record in words; a collection without a label (another module's test data) by its name. */
    String recordType(String type) {
        if (type == null) {
            return "";
        }
        var key = "audit.type." + type;
        return de.arbeitsgruppe.portal.shared.i18n.PortalTranslations.has(key) ? translate.apply(key) : type;
    }

    String record(AuditEntry entry) {
        if (entry.recordType() == null) {
            return entry.detail() == null ? "" : entry.detail();
        }
        return recordType(entry.recordType()) + ": " + (entry.recordLabel() == null ? entry.recordId() : entry.recordLabel());
    }

    String change(FieldChange change) {
        var field = new StringBuilder();
        if (change.parent() != null) {
            field.append(label(change.parent())).append(" › ");
        }
        if (change.item() != null) {
            field.append(change.item()).append(" › ");
        }
        field.append(label(change.field()));
        if (change.secret()) {
            return field + ": " + translate.apply("audit.secretChanged");
        }
        return field + ": " + value(change.before(), change.type()) + " → " + value(change.after(), change.type());
    }

    String changes(AuditEntry entry) {
        var lines = entry.changes().stream().map(this::change).collect(Collectors.toList());
        if (entry.reason() != null) {
            lines.add(translate.apply("audit.reason") + ": " + entry.reason());
        }
        if (entry.recordType() != null && entry.detail() != null) {
            lines.add(entry.detail());
        }
        return String.join("\n", lines);
    }

    private String label(String keyOrName) {
        return keyOrName.contains(".") ? translate.apply(keyOrName) : keyOrName;
    }

    String value(String value, String type) {
        if (value == null || value.isEmpty()) {
            return translate.apply("audit.emptyValue");
        }
        if (type == null) {
            return value;
        }
        try {
            return switch (type) {
                case "instant" -> Formats.dateTime(Instant.parse(value));
                case "date" -> Formats.date(LocalDate.parse(value));
                case "wallclock" -> Formats.dateTime(java.time.LocalDateTime.parse(value));
                case "boolean" -> translate.apply(Boolean.parseBoolean(value) ? "audit.yes" : "audit.no");
                default -> enumLabels(value, type);
            };
        } catch (RuntimeException e) {
            return value; // written by an older version, or an enum value since renamed: show it as it was
        }
    }

    private String enumLabels(String value, String type) {
        return Arrays.stream(value.split(", ")).map(name -> enumLabel(name, type)).collect(Collectors.joining(", "));
    }

    private String enumLabel(String name, String type) {
        try {
            var enumType = Class.forName(type);
            for (Object constant : enumType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    var key = enumType.getMethod("translationKey").invoke(constant);
                    return translate.apply((String) key);
                }
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            // not one of our labelled enums
        }
        return name;
    }
}
