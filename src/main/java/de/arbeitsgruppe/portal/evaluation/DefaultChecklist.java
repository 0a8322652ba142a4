package de.arbeitsgruppe.portal.evaluation;

import static de.arbeitsgruppe.portal.evaluation.EvaluationSection.AGENTUR_JOBCENTER;
import static de.arbeitsgruppe.portal.evaluation.EvaluationSection.GROUP;
import static de.arbeitsgruppe.portal.evaluation.EvaluationSection.KOMMUNE_AGENTUR;
import static de.arbeitsgruppe.portal.evaluation.EvaluationSection.KOMMUNE_JOBCENTER;

import java.util.List;

/**
 * The checklist a working group starts with, taken from the Lower Saxony recommendations on interface
 * and transition management (28.02.2017). These are content, not interface text: like the names of
 * districts they are stored in the group's checklist in German (the language of the authorities and
 * of the recommendations) and the office edits them there; the page around them is translated.
 */
final class DefaultChecklist {

    private DefaultChecklist() {
    }

    static List<ChecklistPoint> points() {
        return List.of(
                new ChecklistPoint("ka-kontakte", KOMMUNE_AGENTUR, "Feste Ansprechpersonen sind auf beiden Seiten benannt."),
                new ChecklistPoint("ka-fragebogen", KOMMUNE_AGENTUR,
                        "Der Fragebogen zur schulischen und beruflichen Qualifikation wird genutzt und zeitnah übermittelt."),
                new ChecklistPoint("ka-datenuebermittlung", KOMMUNE_AGENTUR,
                        "Die monatliche Datenübermittlung aus dem AsylbLG-Fachverfahren ist vereinbart."),
                new ChecklistPoint("ka-verschluesselt", KOMMUNE_AGENTUR, "Ein verschlüsselter Übermittlungsweg ist in Gebrauch."),
                new ChecklistPoint("ka-erstkontakt", KOMMUNE_AGENTUR,
                        "Der Weg zum Erstkontakt ist vereinbart (im ländlichen Raum z. B. Shuttle)."),
                new ChecklistPoint("ka-arbeitsgelegenheiten", KOMMUNE_AGENTUR, "Vereinbarungen zu Arbeitsgelegenheiten bestehen."),
                new ChecklistPoint("kj-einstellungsbescheid", KOMMUNE_JOBCENTER,
                        "Der Einstellungsbescheid wird per verschlüsselter E-Mail übersandt."),
                new ChecklistPoint("kj-laufzettel", KOMMUNE_JOBCENTER, "Der Laufzettel wird ausgehändigt."),
                new ChecklistPoint("kj-postfaecher", KOMMUNE_JOBCENTER, "Zentrale Funktionspostfächer sind eingerichtet."),
                new ChecklistPoint("kj-unterlagen", KOMMUNE_JOBCENTER, "Die Unterlagen für den Rechtskreiswechsel sind abgestimmt."),
                new ChecklistPoint("aj-integrationsbemuehungen", AGENTUR_JOBCENTER,
                        "Daten zu den bisherigen Integrationsbemühungen stehen dem Jobcenter zur Verfügung."),
                new ChecklistPoint("aj-durchfinanzierung", AGENTUR_JOBCENTER, "SGB-III-Maßnahmen werden durchfinanziert."),
                new ChecklistPoint("aj-fallkonferenzen", AGENTUR_JOBCENTER, "Fallübergaben und Fallkonferenzen finden statt."),
                new ChecklistPoint("aj-massnahmenplanung", AGENTUR_JOBCENTER, "Maßnahmen werden gemeinsam geplant."),
                new ChecklistPoint("ag-besetzung", GROUP, "Die Arbeitsgruppe arbeitet in fester Besetzung."),
                new ChecklistPoint("ag-sitzungen", GROUP, "Die Arbeitsgruppe tagt regelmäßig."),
                new ChecklistPoint("ag-protokolle", GROUP, "Die Sitzungen werden protokolliert."),
                new ChecklistPoint("ag-berichte", GROUP, "Die Arbeitsgruppe berichtet den Leitungsebenen."));
    }
}
