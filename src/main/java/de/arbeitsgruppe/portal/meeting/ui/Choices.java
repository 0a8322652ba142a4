package de.arbeitsgruppe.portal.meeting.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The items a field offers, found by the ids a meeting stores. Ids the field does not offer (an entry
 * the list does not reach) are kept on saving, not dropped silently.
 */
final class Choices<T> {

    private final Map<String, T> byId = new LinkedHashMap<>();
    private final Function<T, String> id;

    Choices(Collection<T> items, Function<T, String> id) {
        this.id = id;
        items.forEach(item -> byId.put(id.apply(item), item));
    }

    T one(String itemId) {
        return itemId == null ? null : byId.get(itemId);
    }

    Set<T> all(Collection<String> ids) {
        var items = new LinkedHashSet<T>();
        ids.stream().map(byId::get).filter(Objects::nonNull).forEach(items::add);
        return items;
    }

    Set<String> ids(Collection<T> chosen, Collection<String> before) {
        var ids = new LinkedHashSet<String>();
        chosen.stream().map(id).forEach(ids::add);
        before.stream().filter(old -> !byId.containsKey(old)).forEach(ids::add);
        return ids;
    }
}
