package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.router.QueryParameters;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskSort;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A task filter as the query of the page's address and back, so that a filtered list or board can be
 * bookmarked and shared: {@code ?organisation=org-agentur-musterstadt&status=open,in_progress&ueberfaellig=ja}.
 * Whatever the address holds that is no valid value is left out, never an error: an address is typed,
 * shortened and pasted by people. Without {@code status} the list shows the open tasks; {@code status=alle}
 * shows all.
 */
final class TaskFilterAddress {

    static final String ORGANISATION = "organisation";
    static final String PERSON = "person";
    static final String STATUS = "status";
    static final String MEETING = "sitzung";
    static final String INTERFACE = "schnittstelle";
    static final String TOPIC = "thema";
    static final String OVERDUE = "ueberfaellig";
    static final String FROM = "von";
    static final String TO = "bis";
    static final String SORT = "sortierung";
    static final String DESCENDING = "absteigend";
    static final String YES = "ja";
    static final String ALL_STATUSES = "alle";

    /** What the page shows without a filter in the address. */
    static final TaskFilter DEFAULT = TaskFilter.OPEN;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private TaskFilterAddress() {
    }

    static TaskFilter read(QueryParameters parameters) {
        var values = parameters.getParameters();
        return new TaskFilter(id(values, ORGANISATION), id(values, PERSON), statuses(values), id(values, MEETING),
                constant(values, INTERFACE, ContactInterface.class), constant(values, TOPIC, Topic.class),
                YES.equals(single(values, OVERDUE).orElse(null)), date(values, FROM), date(values, TO),
                Optional.ofNullable(constant(values, SORT, TaskSort.class)).orElse(DEFAULT.sort()),
                YES.equals(single(values, DESCENDING).orElse(null)));
    }

    /** The query of the address, without "?": empty for the default filter; parts in a fixed order. */
    static String query(TaskFilter filter) {
        var parts = new LinkedHashMap<String, String>();
        parts.put(ORGANISATION, filter.organisationId());
        parts.put(PERSON, filter.ownerContactId());
        parts.put(STATUS, statusValue(filter.statuses()));
        parts.put(MEETING, filter.meetingId());
        parts.put(INTERFACE, name(filter.contactInterface()));
        parts.put(TOPIC, name(filter.topic()));
        parts.put(OVERDUE, filter.overdue() ? YES : null);
        parts.put(FROM, filter.dueFrom() == null ? null : filter.dueFrom().toString());
        parts.put(TO, filter.dueTo() == null ? null : filter.dueTo().toString());
        parts.put(SORT, filter.sort() == DEFAULT.sort() ? null : name(filter.sort()));
        parts.put(DESCENDING, filter.descending() ? YES : null);
        return parts.entrySet().stream().filter(part -> part.getValue() != null)
                // commas stay readable: they only separate statuses
                .map(part -> part.getKey() + "=" + URLEncoder.encode(part.getValue(), StandardCharsets.UTF_8)
                        .replace("%2C", ","))
                .collect(Collectors.joining("&"));
    }

    /** The path with the filter's query, e.g. {@code aufgaben?ueberfaellig=ja}. */
    static String address(String path, TaskFilter filter) {
        var query = query(filter);
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String statusValue(Set<TaskStatus> statuses) {
        if (statuses.isEmpty()) {
            return ALL_STATUSES;
        }
        if (statuses.equals(DEFAULT.statuses())) {
            return null;
        }
        // in the order of the board's columns, so one choice has one address
        return Arrays.stream(TaskStatus.values()).filter(statuses::contains).map(TaskFilterAddress::name)
                .collect(Collectors.joining(","));
    }

    private static Set<TaskStatus> statuses(Map<String, List<String>> values) {
        var given = values.getOrDefault(STATUS, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).toList();
        if (given.contains(ALL_STATUSES)) {
            return Set.of();
        }
        var statuses = EnumSet.noneOf(TaskStatus.class);
        given.forEach(value -> Optional.ofNullable(parse(value, TaskStatus.class)).ifPresent(statuses::add));
        return statuses.isEmpty() ? DEFAULT.statuses() : statuses;
    }

    private static String id(Map<String, List<String>> values, String key) {
        return single(values, key).filter(value -> ID.matcher(value).matches()).orElse(null);
    }

    private static <E extends Enum<E>> E constant(Map<String, List<String>> values, String key, Class<E> type) {
        return single(values, key).map(value -> parse(value, type)).orElse(null);
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> name(constant).equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static LocalDate date(Map<String, List<String>> values, String key) {
        try {
            return single(values, key).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> single(Map<String, List<String>> values, String key) {
        var list = values.get(key);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.getFirst()).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }
}
