package de.arbeitsgruppe.portal.evaluation;

/** What the form says about one point: grade (null while not rated), comment, responsible organisation. */
public record RatingChange(String pointId, Grade grade, String comment, String responsibleOrganisationId) {
}
