package de.arbeitsgruppe.portal.report;

import de.arbeitsgruppe.portal.report.internal.ReportSettingsStore;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo reports, seeded once in demo mode after all other demo data: a leadership contact for each of
 * the three member authorities (addresses under the reserved .example domain), and the report of the
 * last complete quarter kept as sent by the demo office, without a mail, so the list of sent reports
 * has an entry to open and compare with a report built today.
 */
@Component
@Order(90)
class DemoReports implements ApplicationRunner {

    static final String DEMO_COORDINATOR = "anna.koordination";
    static final List<LeadershipContact> CONTACTS = List.of(
            new LeadershipContact("org-landkreis-musterstadt", "Dr. Helga Landrat", "leitung@landkreis-musterstadt.example"),
            new LeadershipContact("org-agentur-musterstadt", "Jörg Vorsitz", "geschaeftsfuehrung@agentur-musterstadt.example"),
            new LeadershipContact("org-jobcenter-musterstadt", "Sabine Leitung", "geschaeftsfuehrung@jobcenter-musterstadt.example"));

    private final ReportSettingsStore settings;
    private final ReportManagement reports;
    private final PortalProperties properties;

    DemoReports(ReportSettingsStore settings, ReportManagement reports, PortalProperties properties) {
        this.settings = settings;
        this.reports = reports;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || settings.existsById(properties.workingGroupId())) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                DEMO_COORDINATOR, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        try {
            var demo = new ReportSettings(properties.workingGroupId());
            demo.setLeadershipContacts(CONTACTS);
            settings.save(demo);
            reports.keepWithoutMail(ReportPeriod.quarterBefore(Formats.today()), null);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }
}
