package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the interface, written by hand so that the rules of the specification hold by
 * construction: a missing optional value leaves its key out (never {@code null}, {@code ""} or
 * {@code []}), date-times are {@code yyyy-mm-ddThh:mm:ss±hh:mm} in Europe/Berlin, dates
 * {@code yyyy-mm-dd}. Links are stored relative with a marker and made absolute from the configured
 * base address only when an answer is written, so a new base address needs no rebuild.
 */
final class OParlJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final String PREFIX = "/oparl/v1/";
    /** Marks a relative link in a stored payload; a control character nobody types into a title. */
    private static final char LINK = '\u001F';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private OParlJson() {
    }

    static String link(String path) {
        return LINK + path;
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(Formats.ZONE));
    }

    static Instant parseDateTime(String text) {
        return java.time.OffsetDateTime.parse(text, DATE_TIME).toInstant();
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static Obj object(OParlType type, String path) {
        return new Obj().link("id", path).text("type", type.uri());
    }

    static ObjectNode parse(String payload) {
        return (ObjectNode) MAPPER.readTree(payload);
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The stored object as a client reads it: links absolute, with its created and modified. */
    static ObjectNode render(OParlObject stored, String baseUrl) {
        if (stored.isDeleted()) {
            var deleted = object(stored.getType(), stored.getId()).node;
            stamp(deleted, stored);
            deleted.put("deleted", true);
            return (ObjectNode) absolute(deleted, baseUrl);
        }
        var node = parse(stored.getPayload());
        stamp(node, stored);
        return (ObjectNode) absolute(node, baseUrl);
    }

    static void stamp(ObjectNode node, OParlObject stored) {
        node.put("created", dateTime(stored.getCreated()));
        node.put("modified", dateTime(stored.getModified()));
    }

    static JsonNode absolute(JsonNode node, String baseUrl) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                var value = field.getValue();
                if (value.isString() && isLink(value.asString())) {
                    object.put(field.getKey(), url(baseUrl, value.asString().substring(1)));
                } else if (value.isContainer()) {
                    absolute(value, baseUrl);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                var value = array.get(i);
                if (value.isString() && isLink(value.asString())) {
                    array.set(i, array.stringNode(url(baseUrl, value.asString().substring(1))));
                } else if (value.isContainer()) {
                    absolute(value, baseUrl);
                }
            }
        }
        return node;
    }

    static String url(String baseUrl, String path) {
        return baseUrl + PREFIX + path;
    }

    private static boolean isLink(String text) {
        return !text.isEmpty() && text.charAt(0) == LINK;
    }

    /** An object under construction that takes only values that are there. */
    static final class Obj {

        final ObjectNode node = MAPPER.createObjectNode();
        /**
         * What the file behind a File object holds, when the object's JSON does not show all of it: part
         * of the object's hash, so a changed file is a changed object (its {@code modified} moves).
         */
        String content = "";

        Obj content(String value) {
            content = value;
            return this;
        }

        Obj text(String key, String value) {
            if (value != null && !value.isBlank()) {
                node.put(key, value.strip());
            }
            return this;
        }

        Obj link(String key, String path) {
            if (path != null) {
                node.put(key, OParlJson.link(path));
            }
            return this;
        }

        Obj links(String key, Collection<String> paths) {
            if (!paths.isEmpty()) {
                var array = node.putArray(key);
                paths.forEach(path -> array.add(OParlJson.link(path)));
            }
            return this;
        }

        Obj dateTime(String key, Instant value) {
            if (value != null) {
                node.put(key, OParlJson.dateTime(value));
            }
            return this;
        }

        Obj flag(String key, boolean value) {
            if (value) {
                node.put(key, true);
            }
            return this;
        }

        Obj number(String key, int value) {
            node.put(key, value);
            return this;
        }

        Obj object(String key, ObjectNode value) {
            if (value != null) {
                node.set(key, value);
            }
            return this;
        }

        Obj objects(String key, Collection<ObjectNode> values) {
            if (!values.isEmpty()) {
                node.putArray(key).addAll(values);
            }
            return this;
        }

        /** A list the schema requires: written even when empty, as the specification asks. */
        Obj requiredList(String key) {
            node.putArray(key);
            return this;
        }
    }
}
