package de.arbeitsgruppe.portal.offer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's filter as the query part of its address, so that a counsellor can send a link to
 * exactly this list. Values that mean nothing (an unknown kind, a date that is none, a page of
 * letters) are left out rather than refused: a link typed by hand still shows a list.
 */
public final class OfferFilterAddress {

    public static final String KIND = "art";
    public static final String LEVEL = "niveau";
    public static final String DISTRICT = "ort";
    public static final String FROM = "von";
    public static final String TO = "bis";
    public static final String FREE_PLACES = "frei";
    public static final String CHILDCARE = "kinderbetreuung";
    public static final String WOMEN = "frauen";
    public static final String FORMAT = "format";
    public static final String FREE_OF_CHARGE = "kostenlos";
    public static final String TEXT = "suche";
    public static final String SORT = "sortierung";
    public static final String PAGE = "seite";
    /** The level value for literacy courses. */
    public static final String LITERACY = "alpha";
    private static final String YES = "ja";
    private static final int MAX_VALUES = 40;
    private static final int MAX_DISTRICT_ID = 40;
    private static final int MAX_PAGE = 100_000;

    private OfferFilterAddress() {
    }

    /** The filter the parameters ask for; whatever cannot be read is ignored. */
    public static OfferFilter parse(Map<String, List<String>> parameters) {
        var level = first(parameters, LEVEL).map(value -> value.toLowerCase(Locale.ROOT)).orElse("");
        return new OfferFilter(
                enums(parameters, KIND, OfferKind.class),
                level.equals(LITERACY) ? null : enumValue(CefrLevel.class, level).orElse(null),
                level.equals(LITERACY),
                values(parameters, DISTRICT).stream().filter(id -> id.length() <= MAX_DISTRICT_ID)
                        .collect(java.util.stream.Collectors.toSet()),
                date(parameters, FROM), date(parameters, TO),
                yes(parameters, FREE_PLACES), yes(parameters, CHILDCARE), yes(parameters, WOMEN),
                enums(parameters, FORMAT, OfferFormat.class), yes(parameters, FREE_OF_CHARGE),
                first(parameters, TEXT).map(String::strip).filter(text -> !text.isEmpty()).orElse(null),
                first(parameters, SORT).flatMap(value -> enumValue(OfferSort.class, value)).orElse(OfferSort.START),
                first(parameters, PAGE).flatMap(OfferFilterAddress::number).orElse(1));
    }

    /** The query part (without "?") that {@link #parse} reads back as the same filter; empty for none. */
    public static String format(OfferFilter filter) {
        var parts = new ArrayList<String>();
        filter.kinds().stream().sorted().forEach(kind -> parts.add(pair(KIND, slug(kind))));
        if (filter.literacy()) {
            parts.add(pair(LEVEL, LITERACY));
        } else if (filter.level() != null) {
            parts.add(pair(LEVEL, slug(filter.level())));
        }
        filter.districtIds().stream().sorted().forEach(id -> parts.add(pair(DISTRICT, id)));
        if (filter.startFrom() != null) {
            parts.add(pair(FROM, filter.startFrom().toString()));
        }
        if (filter.startTo() != null) {
            parts.add(pair(TO, filter.startTo().toString()));
        }
        flag(parts, FREE_PLACES, filter.freePlacesOnly());
        flag(parts, CHILDCARE, filter.childcare());
        flag(parts, WOMEN, filter.womenOnly());
        filter.formats().stream().sorted().forEach(format -> parts.add(pair(FORMAT, slug(format))));
        flag(parts, FREE_OF_CHARGE, filter.freeOfCharge());
        if (filter.text() != null) {
            parts.add(pair(TEXT, filter.text()));
        }
        if (filter.sort() != OfferSort.START) {
            parts.add(pair(SORT, slug(filter.sort())));
        }
        if (filter.page() > 1) {
            parts.add(pair(PAGE, Integer.toString(filter.page())));
        }
        return String.join("&", parts);
    }

    /** The value of an enum constant in addresses: its name in lower case. */
    public static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static void flag(List<String> parts, String name, boolean on) {
        if (on) {
            parts.add(pair(name, YES));
        }
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        var values = parameters.getOrDefault(name, List.of());
        return values.stream().filter(java.util.Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).limit(MAX_VALUES).toList();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> parameters, String name, Class<E> type) {
        var found = new LinkedHashSet<E>();
        values(parameters, name).forEach(value -> enumValue(type, value).ifPresent(found::add));
        return found.isEmpty() ? Set.of() : EnumSet.copyOf(found);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> slug(constant).equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    private static boolean yes(Map<String, List<String>> parameters, String name) {
        return first(parameters, name).map(value -> YES.equalsIgnoreCase(value.strip()) || "1".equals(value.strip())
                || "true".equalsIgnoreCase(value.strip())).orElse(false);
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        return first(parameters, name).map(value -> {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }

    private static Optional<Integer> number(String value) {
        try {
            var number = Integer.parseInt(value.strip());
            return number >= 1 && number <= MAX_PAGE ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
