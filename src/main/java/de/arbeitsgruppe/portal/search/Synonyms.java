package de.arbeitsgruppe.portal.search;

import de.arbeitsgruppe.portal.search.internal.SynonymLists;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The synonym list of the user's working group, and what a search query means with it. A group
 * without a stored list searches with {@link SynonymList#SEED}, so a new working group starts with
 * it; the first save stores the list. Read from the database on every search (one lookup by
 * {@code _id}): a list cached in memory would be stale on the other nodes after an edit.
 */
@Service
public class Synonyms {

    /** Alternatives per typed part: enough for any sensible group, and each one costs a condition. */
    static final int MAX_ALTERNATIVES = 12;

    private final SynonymLists lists;
    private final CurrentUser currentUser;

    Synonyms(SynonymLists lists, CurrentUser currentUser) {
        this.lists = lists;
        this.currentUser = currentUser;
    }

    /**
     * The query with the synonyms of every term it contains. Words are folded as the search tokens
     * are ({@link Texts#queryWords}); where several terms start at a word, the longest wins
     * ("Agentur für Arbeit" before "Agentur").
     */
    @PreAuthorize("isAuthenticated()")
    public SearchQuery expand(String query) {
        var words = Texts.queryWords(query);
        if (words.isEmpty()) {
            return new SearchQuery(List.of());
        }
        var terms = groups().stream().map(group -> group.terms().stream().map(Texts::words)
                .filter(tokens -> !tokens.isEmpty()).toList()).toList();
        var parts = new ArrayList<SearchQuery.Part>();
        for (int start = 0; start < words.size(); ) {
            int length = longestTermAt(words, start, terms);
            if (length == 0) {
                parts.add(new SearchQuery.Part(words.subList(start, start + 1), List.of()));
                start++;
                continue;
            }
            var typed = words.subList(start, start + length);
            var synonyms = new LinkedHashSet<List<String>>();
            for (List<List<String>> group : terms) {
                if (group.contains(typed)) {
                    group.stream().filter(term -> !term.equals(typed)).forEach(synonyms::add);
                }
            }
            parts.add(new SearchQuery.Part(typed, synonyms.stream().limit(MAX_ALTERNATIVES).toList()));
            start += length;
        }
        return new SearchQuery(parts);
    }

    /** The list to edit: the stored one, or the seed for a group that has none yet. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public SynonymList current() {
        var group = currentUser.require().workingGroupId();
        return lists.findById(group).orElseGet(() -> new SynonymList(group, SynonymList.SEED));
    }

    /** Stores the list of the user's working group; a list saved by someone else meanwhile is a conflict. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public SynonymList save(SynonymList list) {
        if (!Objects.equals(list.getId(), currentUser.require().workingGroupId())) {
            throw new IllegalArgumentException("not the list of the user's working group");
        }
        list.setGroups(list.getGroups().stream().map(Synonyms::cleaned).toList());
        try {
            return VersionedSave.of(list, () -> lists.save(list));
        } catch (DuplicateKeyException e) {
            // two first saves of a group's list at once: the second one is a conflict like any other
            throw new ConflictException(e);
        }
    }

    private List<SynonymGroup> groups() {
        return lists.findById(currentUser.require().workingGroupId()).map(SynonymList::getGroups)
                .orElse(SynonymList.SEED);
    }

    private static int longestTermAt(List<String> words, int start, List<List<List<String>>> terms) {
        int longest = 0;
        for (List<List<String>> group : terms) {
            for (List<String> term : group) {
                int end = start + term.size();
                if (term.size() > longest && end <= words.size() && words.subList(start, end).equals(term)) {
                    longest = term.size();
                }
            }
        }
        return longest;
    }

    /** Terms trimmed, empty ones and repetitions dropped. */
    private static SynonymGroup cleaned(SynonymGroup group) {
        return new SynonymGroup(group.terms().stream().map(Texts::singleLine).filter(Objects::nonNull)
                .filter(term -> !term.isEmpty()).distinct().toList());
    }
}
