package de.arbeitsgruppe.portal.report;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A report as it was sent, frozen: its figures and the PDF the leadership received, written once and
 * never changed, so later changes to tasks or offers leave it as it was. Numbered 1, 2 … per period
 * and scope; the id holds group, period, scope and number, so two nodes cannot write the same number.
 */
@Document("sentReports")
public class SentReport {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private String periodKey;
    private java.time.LocalDate periodFrom;
    private java.time.LocalDate periodTo;
    private String organisationId;
    private String scopeName;
    private int number;
    private Instant sentAt;
    private String sentBy;
    private List<String> recipients;
    private boolean scheduled;
    /** The figures as computed from the portal's records when it was sent. */
    @Derived
    private ReportFigures figures;
    /** The PDF as mailed, made once: a download does not render the report again. */
    @Derived
    private byte[] pdf;

    SentReport() {
    }

    SentReport(String workingGroupId, ReportFigures figures, int number, Instant sentAt, String sentBy,
            List<String> recipients, boolean scheduled, byte[] pdf) {
        this.id = idOf(workingGroupId, figures.period(), figures.organisationId(), number);
        this.workingGroupId = workingGroupId;
        this.periodKey = figures.period().key();
        this.periodFrom = figures.period().from();
        this.periodTo = figures.period().to();
        this.organisationId = figures.organisationId();
        this.scopeName = figures.scopeName();
        this.number = number;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.recipients = List.copyOf(recipients);
        this.scheduled = scheduled;
        this.figures = figures;
        this.pdf = pdf;
    }

    static String idOf(String workingGroupId, ReportPeriod period, String organisationId, int number) {
        return workingGroupId + "." + period.key() + "." + (organisationId == null ? "all" : organisationId) + "." + number;
    }

    /** "Bericht-2026-Q3-1.pdf" without the scope's name, which may hold any character. */
    public String fileName(String extension) {
        return baseName() + "." + extension;
    }

    public String baseName() {
        return "Bericht-" + periodKey + (organisationId == null ? "" : "-" + organisationId) + "-" + number;
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getPeriodKey() { return periodKey; }
    public String getOrganisationId() { return organisationId; }
    public java.time.LocalDate getPeriodFrom() { return periodFrom; }
    public java.time.LocalDate getPeriodTo() { return periodTo; }

    /** "01.07.2026 – 30.09.2026". */
    public String periodDates() {
        return de.arbeitsgruppe.portal.shared.Formats.date(periodFrom) + " – " + de.arbeitsgruppe.portal.shared.Formats.date(periodTo);
    }
    public String getScopeName() { return scopeName; }
    public int getNumber() { return number; }
    public Instant getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    public List<String> getRecipients() { return recipients; }
    public boolean isScheduled() { return scheduled; }
    public ReportFigures getFigures() { return figures; }
    public byte[] getPdf() { return pdf; }
}
