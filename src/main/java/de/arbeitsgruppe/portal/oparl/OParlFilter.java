package de.arbeitsgruppe.portal.oparl;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The filters of a list as the specification names them. Each date-time must be complete
 * ({@code 2014-01-01T00:00:00+01:00}); anything else is refused ({@link BadFilter}), never ignored, so
 * a client never takes an unfiltered list for a filtered one.
 *
 * @param page the list page, from 1
 */
record OParlFilter(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil,
        boolean omitInternal, int page) {

    static final String CREATED_SINCE = "created_since";
    static final String CREATED_UNTIL = "created_until";
    static final String MODIFIED_SINCE = "modified_since";
    static final String MODIFIED_UNTIL = "modified_until";
    static final String OMIT_INTERNAL = "omit_internal";
    static final String PAGE = "page";

    static OParlFilter parse(MultiValueMap<String, String> parameters) {
        return new OParlFilter(instant(parameters, CREATED_SINCE), instant(parameters, CREATED_UNTIL),
                instant(parameters, MODIFIED_SINCE), instant(parameters, MODIFIED_UNTIL),
                omitInternal(parameters), page(parameters));
    }

    /** The specification: deleted objects appear in lists when {@code modified_since} is given, and only then. */
    boolean includesDeleted() {
        return modifiedSince != null;
    }

    OParlFilter withPage(int other) {
        return new OParlFilter(createdSince, createdUntil, modifiedSince, modifiedUntil, omitInternal, other);
    }

    /** The query of this filter in one canonical order and spelling, for the links of a list page. */
    Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        put(parameters, CREATED_SINCE, createdSince);
        put(parameters, CREATED_UNTIL, createdUntil);
        put(parameters, MODIFIED_SINCE, modifiedSince);
        put(parameters, MODIFIED_UNTIL, modifiedUntil);
        if (omitInternal) {
            parameters.put(OMIT_INTERNAL, "true");
        }
        if (page > 1) {
            parameters.put(PAGE, Integer.toString(page));
        }
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Instant value) {
        if (value != null) {
            parameters.put(name, OParlJson.dateTime(value));
        }
    }

    private static Instant instant(MultiValueMap<String, String> parameters, String name) {
        var value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            // a "+" a client forgot to encode arrives as a space: the time is still clear, so it is taken
            return OParlJson.parseDateTime(value.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new BadFilter(name, value, "yyyy-mm-ddThh:mm:ss±hh:mm");
        }
    }

    private static boolean omitInternal(MultiValueMap<String, String> parameters) {
        var value = single(parameters, OMIT_INTERNAL);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadFilter(OMIT_INTERNAL, value, "true or false");
    }

    private static int page(MultiValueMap<String, String> parameters) {
        var value = single(parameters, PAGE);
        if (value == null) {
            return 1;
        }
        if (!value.matches("[1-9][0-9]{0,6}")) {
            throw new BadFilter(PAGE, value, "a page number from 1");
        }
        return Integer.parseInt(value);
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        var values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadFilter(name, String.join(",", values), "one value");
        }
        return values.getFirst();
    }

    /** A filter the interface cannot read: answered with 400 and an OParl error object. */
    static final class BadFilter extends RuntimeException {

        BadFilter(String name, String value, String expected) {
            super("Parameter " + name + " has the value '" + value + "'; expected: " + expected);
        }
    }
}
