package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.search.Synonyms;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/** Arguments for the synonym list's methods in the authorization matrix: the working group's own list, saved unchanged. */
final class SearchArguments {

    private final Synonyms synonyms;

    SearchArguments(ApplicationContext context) {
        this.synonyms = context.getBean(Synonyms.class);
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("Synonyms.current()", who -> new Object[0]);
        arguments.put("Synonyms.expand(String)", who -> new Object[] {"Bürgergeld"});
        arguments.put("Synonyms.save(SynonymList)", who -> new Object[] {synonyms.current()});
        return arguments;
    }
}
