package de.arbeitsgruppe.portal.search;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a user typed, as conditions on a record's search tokens ({@code Texts.searchTokens}): every
 * part must match; a part matches by the words typed (each as the beginning of a token, as the
 * search always did) or by one of its synonyms (all of whose words must be tokens of the record).
 *
 * @param parts the typed words in order; a run of words that is a term of the synonym list is one part
 */
public record SearchQuery(List<Part> parts) {

    /**
     * Synonym words shorter than this must be whole tokens: "AA" (Agentur für Arbeit) must not
     * find "Aachen", nor "JC" every word starting with "jc". Longer ones match as beginnings,
     * like typed words, so "Grundsicherung" also finds "Grundsicherungsträger".
     */
    static final int WHOLE_WORD_BELOW = 4;

    public SearchQuery {
        parts = List.copyOf(parts);
    }

    /**
     * @param typed the folded words as typed
     * @param synonyms the folded words of each synonym of the typed words; empty when they are no term
     */
    public record Part(List<String> typed, List<List<String>> synonyms) {

        public Part {
            typed = List.copyOf(typed);
            synonyms = synonyms.stream().map(List::copyOf).toList();
        }
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The conditions on a field of search tokens, or null for an empty query (which matches every record). */
    public Criteria criteria(String tokenField) {
        if (parts.isEmpty()) {
            return null;
        }
        var conditions = parts.stream().map(part -> part(tokenField, part)).toArray(Criteria[]::new);
        return conditions.length == 1 ? conditions[0] : new Criteria().andOperator(conditions);
    }

    private static Criteria part(String field, Part part) {
        var typed = allOf(part.typed().stream()
                .map(word -> Criteria.where(field).regex("^" + Pattern.quote(word))).toList());
        if (part.synonyms().isEmpty()) {
            return typed;
        }
        var alternatives = new java.util.ArrayList<Criteria>();
        alternatives.add(typed);
        for (List<String> synonym : part.synonyms()) {
            alternatives.add(allOf(synonym.stream().map(word -> word.length() < WHOLE_WORD_BELOW
                    ? Criteria.where(field).is(word)
                    : Criteria.where(field).regex("^" + Pattern.quote(word))).toList()));
        }
        return new Criteria().orOperator(alternatives.toArray(Criteria[]::new));
    }

    private static Criteria allOf(List<Criteria> conditions) {
        return conditions.size() == 1 ? conditions.getFirst() : new Criteria().andOperator(conditions.toArray(Criteria[]::new));
    }
}
