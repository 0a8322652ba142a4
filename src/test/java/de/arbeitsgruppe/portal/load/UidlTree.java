package de.arbeitsgruppe.portal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The element tree a Vaadin Flow response describes, read as the browser's client engine reads it:
 * a flat list of changes per state node (its tag, properties, attributes, text and children). The
 * load test finds the node ids of the fields and buttons a user would use here, so it sends the
 * same events a browser sends.
 */
final class UidlTree {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIAL = "window.Vaadin.TypeScript= ";
    private static final int FEATURE_PROPERTIES = 1;
    private static final int FEATURE_ATTRIBUTES = 3;
    private static final int FEATURE_TEXT = 7;

    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, Map<String, String>> values = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();

    private UidlTree() {
    }

    /** Reads the changes of an answer to a UIDL request, or of the first UIDL that a page's HTML carries. */
    static UidlTree of(String body) {
        var tree = new UidlTree();
        tree.read(changes(body));
        return tree;
    }

    private static JsonNode changes(String body) {
        try {
            var start = body.indexOf(INITIAL);
            if (start >= 0) {
                var from = start + INITIAL.length();
                var to = body.indexOf(";</script>", from);
                return JSON.readTree(body.substring(from, to)).path("initial").path("appConfig").path("uidl").path("changes");
            }
            var json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            var root = JSON.readTree(json);
            return (root.isArray() ? root.get(0) : root).path("changes");
        } catch (Exception e) {
            throw new IllegalStateException("not a Vaadin answer: " + body.substring(0, Math.min(200, body.length())), e);
        }
    }

    private void read(JsonNode changes) {
        for (var change : changes) {
            var node = change.path("node").asInt();
            var type = change.path("type").asText();
            var feature = change.path("feat").asInt();
            if ("put".equals(type)) {
                var key = change.path("key").asText();
                var value = change.path("value");
                if ("tag".equals(key) && feature == 0) {
                    tags.put(node, value.asText());
                } else if (feature == FEATURE_TEXT && "text".equals(key)) {
                    texts.put(node, value.asText());
                } else if ((feature == FEATURE_PROPERTIES || feature == FEATURE_ATTRIBUTES) && value.isValueNode()) {
                    values.computeIfAbsent(node, n -> new HashMap<>()).put(key, value.asText());
                }
            } else if ("splice".equals(type) && change.has("addNodes")) {
                var list = children.computeIfAbsent(node, n -> new ArrayList<>());
                change.path("addNodes").forEach(child -> list.add(child.asInt()));
            }
        }
    }

    /** The first node with this tag whose text, all of its descendants' text joined, is exactly {@code text}. */
    int byTagAndText(String tag, String text) {
        return find(tag, node -> text.equals(textOf(node).strip()), "text \"" + text + "\"");
    }

    /** The first node with this tag whose text is one of these. */
    int byTagAndTextAmong(String tag, List<String> candidates) {
        return find(tag, node -> candidates.contains(textOf(node).strip()), "text among " + candidates);
    }

    /** The first node with this tag that has this property or attribute value (e.g. a field's label). */
    int byTagAndValue(String tag, String key, String value) {
        return find(tag, node -> value.equals(values.getOrDefault(node, Map.of()).get(key)), key + "=\"" + value + "\"");
    }

    /** The first node with this tag whose property or attribute matches the regular expression (e.g. an aria-label). */
    int byTagAndValueMatching(String tag, String key, String regex) {
        var pattern = java.util.regex.Pattern.compile(regex);
        return find(tag, node -> {
            var value = values.getOrDefault(node, Map.of()).get(key);
            return value != null && pattern.matcher(value).matches();
        }, key + " ~ " + regex);
    }

    /** Below the node with this attribute value: the first node, of any tag, whose text is one of these. */
    int byTextWithin(String key, String value, List<String> candidates) {
        var ancestor = values.entrySet().stream().filter(entry -> value.equals(entry.getValue().get(key)))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("no node with " + key + "=\"" + value + "\""));
        return descendants(ancestor).stream()
                .filter(node -> tags.containsKey(node) && candidates.contains(textOf(node).strip())).findFirst()
                .orElseThrow(() -> new IllegalStateException("none of " + candidates + " below " + value));
    }

    /** The first node with this tag. */
    int byTag(String tag) {
        return find(tag, node -> true, "");
    }

    private int find(String tag, java.util.function.IntPredicate matches, String description) {
        return tags.entrySet().stream().filter(entry -> tag.equals(entry.getValue()))
                .map(Map.Entry::getKey).sorted().filter(matches::test).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + tag + " with " + description));
    }

    private String textOf(int node) {
        var own = texts.get(node);
        if (own != null) {
            return own;
        }
        var joined = new StringBuilder();
        for (var child : children.getOrDefault(node, List.of())) {
            if (!Objects.equals(child, node)) {
                joined.append(textOf(child));
            }
        }
        return joined.toString();
    }

    private List<Integer> descendants(int node) {
        var all = new ArrayList<Integer>();
        for (var child : children.getOrDefault(node, List.of())) {
            all.add(child);
            all.addAll(descendants(child));
        }
        return all;
    }
}
