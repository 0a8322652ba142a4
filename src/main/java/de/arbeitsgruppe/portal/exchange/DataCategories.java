package de.arbeitsgruppe.portal.exchange;

import java.util.List;

/**
 * Names of data categories the form suggests, taken from the recommendations' examples; people add
 * their own. Only names: the register never holds the data of a person.
 */
public final class DataCategories {

    public static final List<String> SUGGESTIONS = List.of(
            "Grunddaten: Name, Geburtsdatum, Anschrift, Herkunftsland",
            "Schul- und Berufsabschlüsse",
            "Sprachkenntnisse und Sprachkurse",
            "Aufenthaltsstatus",
            "Leistungsbezug AsylbLG",
            "Leistungsbezug SGB II",
            "Einstellungsbescheid",
            "Integrationsmaßnahmen und Teilnahme",
            "Kontaktdaten der zuständigen Fachkraft");

    private DataCategories() {
    }
}
