package de.arbeitsgruppe.portal.report;

/**
 * A section of the leadership report, as a Spring bean: the report collects every bean of this type in
 * their {@link #order()}, so another module (e.g. the process evaluation) adds its section by providing
 * one, without the report knowing it. Called with the office's or a member's login, inside their
 * working group; a section reads only through the other modules' services.
 */
public interface ReportContribution {

    /** Where the section stands: the report's own are 10, 20 … 60; leave gaps. */
    int order();

    ReportSection section(ReportRequest request);
}
