package de.arbeitsgruppe.portal.search;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Terms that mean the same to the people searching, e.g. "Bürgergeld", "SGB II", "ALG II". */
public record SynonymGroup(
        @Size(min = 2, max = SynonymGroup.MAX_TERMS, message = "{validation.size}")
        List<@NotBlank(message = "{validation.required}") @Size(max = SynonymGroup.MAX_TERM_LENGTH,
                message = "{validation.size}") String> terms) {

    public static final int MAX_TERMS = 12;
    public static final int MAX_TERM_LENGTH = 80;

    public SynonymGroup {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public static SynonymGroup of(String... terms) {
        return new SynonymGroup(List.of(terms));
    }
}
