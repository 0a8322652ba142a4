package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.protocol.DecisionFilter;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Arguments for the decision register's methods in the authorization matrix: a search and a CSV file of it. */
final class DecisionRegisterArguments {

    Map<String, Function<Who, Object[]>> arguments() {
        var search = new DecisionFilter("Sprachkurs", null, null, null, null);
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("DecisionRegister.csv(DecisionFilter, Writer)", who -> new Object[] {search, new StringWriter()});
        arguments.put("DecisionRegister.search(DecisionFilter, int, int)", who -> new Object[] {search, 0, 50});
        arguments.put("DecisionRegister.years()", who -> new Object[0]);
        return arguments;
    }
}
