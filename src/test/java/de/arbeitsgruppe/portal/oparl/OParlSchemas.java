package de.arbeitsgruppe.portal.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The checks of the OParl 1.1 specification for one answer: its JSON schemas (src/test/resources/
 * oparl-schema, copied from OParl/spec v1.1.1) for the object and for every object embedded in it,
 * and the rules the schemas cannot express (formats, no empty values, created and modified on every
 * object). Each problem is a line naming where it is.
 */
final class OParlSchemas {

    static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String TYPE_PREFIX = "https://schema.oparl.org/1.1/";
    private static final Set<String> DATE_TIME_FIELDS = Set.of("created", "modified", "start", "end",
            "licenseValidSince", "oparlSince");
    private static final Set<String> DATE_FIELDS = Set.of("date", "startDate", "endDate");
    /** Lists the schemas require, which the specification says must then be written even when empty. */
    private static final Set<String> REQUIRED_LISTS = Set.of("legislativeTerm", "data");

    private final Map<String, Schema> schemas = new HashMap<>();

    OParlSchemas() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        for (String name : List.of("System", "Body", "Organization", "Meeting", "AgendaItem", "File", "Location",
                "LegislativeTerm", "Paper", "Person", "Consultation", "Membership")) {
            try (var in = OParlSchemas.class.getResourceAsStream("/oparl-schema/" + name + ".json")) {
                schemas.put(TYPE_PREFIX + name, registry.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Problems of an OParl object (embedded ones included), empty when it follows the specification. */
    List<String> check(JsonNode object, String where) {
        var problems = new ArrayList<String>();
        walk(object, where, problems);
        return problems;
    }

    private void walk(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            var type = node.path("type").asString("");
            if (type.startsWith(TYPE_PREFIX)) {
                var schema = schemas.get(type);
                if (schema == null) {
                    problems.add(where + ": unknown type " + type);
                } else {
                    schema.validate(node).forEach(error -> problems.add(where + ": " + error));
                }
                for (String required : List.of("id", "created", "modified")) {
                    if (!node.has(required)) {
                        problems.add(where + ": no " + required + " in " + type);
                    }
                }
            }
            for (var field : node.properties()) {
                var value = field.getValue();
                var at = where + "." + field.getKey();
                if (value.isNull()) {
                    problems.add(at + " is null");
                } else if (value.isString() && value.asString().isEmpty()) {
                    problems.add(at + " is \"\"");
                } else if (value.isArray() && value.isEmpty() && !REQUIRED_LISTS.contains(field.getKey())) {
                    problems.add(at + " is []");
                }
                if (DATE_TIME_FIELDS.contains(field.getKey()) && !DATE_TIME.matcher(value.asString("")).matches()) {
                    problems.add(at + " is no date-time yyyy-mm-ddThh:mm:ss±hh:mm: " + value);
                }
                if (DATE_FIELDS.contains(field.getKey()) && !DATE.matcher(value.asString("")).matches()) {
                    problems.add(at + " is no date yyyy-mm-dd: " + value);
                }
                walk(value, at, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", problems);
            }
        }
    }
}
