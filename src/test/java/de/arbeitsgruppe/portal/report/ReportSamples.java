package de.arbeitsgruppe.portal.report;

import java.time.Instant;
import java.util.List;

/** Documents of the report module for tests in other packages (the audit coverage). */
public final class ReportSamples {

    private ReportSamples() {
    }

    public static SentReport sentReport(String suffix) {
        var figures = new ReportFigures(ReportPeriod.quarter(2020, 1), null, "Probe " + suffix, Instant.now(), List.of());
        return new SentReport("ag-probe-" + suffix, figures, 1, Instant.now(), "anna.koordination",
                List.of("Probe <probe@example.org>"), false, new byte[] {1});
    }

    public static ReportSettings settings(String suffix) {
        var settings = new ReportSettings("audit-probe-" + suffix);
        settings.setLeadershipContacts(List.of(new LeadershipContact("org-agentur-musterstadt", "Probe", "probe@example.org")));
        return settings;
    }
}
