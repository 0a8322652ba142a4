package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.InterfaceMatrix;
import de.arbeitsgruppe.portal.contact.InterfaceRow;
import de.arbeitsgruppe.portal.report.ReportContribution;
import de.arbeitsgruppe.portal.report.ReportRequest;
import de.arbeitsgruppe.portal.report.ReportSection;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The interface matrix's coverage today (it has no history): per member authority its interfaces, the
 * gaps (no named contact, no deputy, no central mailbox) and named entries not confirmed for six months.
 */
@Component
class InterfaceFigures implements ReportContribution {

    static final String KEY = "interfaces";

    private final InterfaceMatrix matrix;

    InterfaceFigures(InterfaceMatrix matrix) {
        this.matrix = matrix;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        var limit = request.today().minusMonths(Contact.CONFIRMATION_MONTHS);
        var byOrganisation = new TreeMap<String, long[]>();
        for (InterfaceRow row : matrix.rows()) {
            if (!request.covers(row.organisation().id())) {
                continue;
            }
            var counts = byOrganisation.computeIfAbsent(row.organisation().name(), any -> new long[5]);
            counts[0]++;
            counts[1] += row.contact().isEmpty() ? 1 : 0;
            counts[2] += row.deputy().isEmpty() ? 1 : 0;
            counts[3] += row.mailbox().isEmpty() ? 1 : 0;
            counts[4] += Stream.of(row.contact(), row.deputy(), row.mailbox()).flatMap(Optional::stream)
                    .filter(contact -> unconfirmed(contact, limit)).count();
        }
        var rows = byOrganisation.entrySet().stream()
                .map(entry -> Row.of(entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
                        entry.getValue()[3], entry.getValue()[4]))
                .toList();
        var table = new ReportTable(request.text("report.interfaces.coverage"), request.text("report.organisation"),
                List.of(request.text("report.interfaces.rows"), request.text("report.interfaces.noContact"),
                        request.text("report.interfaces.noDeputy"), request.text("report.interfaces.noMailbox"),
                        request.text("report.interfaces.unconfirmed")),
                rows, true);
        return new ReportSection(KEY, request.text("report.interfaces.title"),
                request.text("report.interfaces.note", Formats.date(request.today())), List.of(table));
    }

    private static boolean unconfirmed(Contact contact, LocalDate limit) {
        return contact.getLastConfirmed() == null || contact.getLastConfirmed().isBefore(limit);
    }
}
