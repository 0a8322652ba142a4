package de.arbeitsgruppe.portal.report;

import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.report.internal.ReportFiles;
import de.arbeitsgruppe.portal.report.internal.ReportHtml;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.text.PdfA;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The leadership report: the office builds it for a period and a scope (the whole group or one member
 * organisation) and sends it; a sent report is kept as it was sent ({@link SentReport}). Members read
 * the sent reports, as their leadership receives them anyway; partners see no report.
 */
@Service
public class ReportManagement {

    static final int MAX_SENT_LISTED = 200;

    private final List<ReportContribution> contributions;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final PortalTranslations translations;
    private final OrganisationManagement organisations;
    private final ReportRecipients recipients;
    private final Mailer mailer;
    private final ReportProperties properties;
    private final Clock clock;

    ReportManagement(List<ReportContribution> contributions, MongoTemplate mongo, CurrentUser currentUser,
            PortalTranslations translations, OrganisationManagement organisations, ReportRecipients recipients,
            Mailer mailer, ReportProperties properties, Clock clock) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(ReportContribution::order)).toList();
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.translations = translations;
        this.organisations = organisations;
        this.recipients = recipients;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the user may build and send reports (the office), rather than only read sent ones. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayBuild() {
        return currentUser.require().isCoordinatorOrAdmin();
    }

    /** The report's figures now, in the user's language; {@code organisationId} null for the whole group. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public ReportFigures build(ReportPeriod period, String organisationId) {
        return build(currentUser.require(), period, organisationId, currentUser.require().locale());
    }

    /**
     * Builds the report in German, keeps it as sent report number n+1 of its period and scope, and mails
     * its PDF to the leadership contacts (all of them for the whole group, else the organisation's).
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public SentReport send(ReportPeriod period, String organisationId) {
        var user = currentUser.require();
        var to = recipients.of(user.workingGroupId(), organisationId);
        if (to.isEmpty()) {
            throw new ReportRefused("recipients", "report.refused.noRecipients");
        }
        var figures = build(user, period, organisationId, PortalTranslations.GERMAN);
        return deliver(user.workingGroupId(), figures, to, user.username(), false, mail -> mailer.send(mail));
    }

    /** The sent reports of the working group, the latest first, without their PDFs. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<SentReport> sent() {
        var query = new Query(Criteria.where("workingGroupId").is(currentUser.require().workingGroupId()))
                .with(Sort.by(Sort.Order.desc("sentAt"), Sort.Order.asc("_id"))).limit(MAX_SENT_LISTED);
        query.fields().exclude("pdf", "figures");
        return mongo.find(query, SentReport.class);
    }

    /** A sent report of the user's working group; one of another group is not found. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public Optional<SentReport> findSent(String id) {
        if (id == null) {
            return Optional.empty();
        }
        var criteria = Criteria.where("_id").is(id).and("workingGroupId").is(currentUser.require().workingGroupId());
        return Optional.ofNullable(mongo.findOne(new Query(criteria), SentReport.class));
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public byte[] pdf(ReportFigures figures) {
        var user = currentUser.require();
        return render(figures, user.locale());
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public void csv(ReportFigures figures, Writer out) {
        ReportFiles.csv(figures, out, translator(currentUser.require().locale()));
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public void xlsx(ReportFigures figures, OutputStream out) {
        ReportFiles.xlsx(figures, out, translator(currentUser.require().locale()));
    }

    /** The quarterly report, sent by {@link ReportJobs} with the rights of whoever switched the schedule on. */
    SentReport sendScheduled(String workingGroupId, ReportPeriod period, String username) {
        var user = currentUser.require();
        var figures = build(user, period, null, PortalTranslations.GERMAN);
        var to = recipients.of(workingGroupId, null);
        return deliver(workingGroupId, figures, to, username, true,
                mail -> mailer.sendAutomatically(workingGroupId, mail));
    }

    /** Keeps a report as sent without mailing it: the demo data's report of a past quarter. */
    SentReport keepWithoutMail(ReportPeriod period, String organisationId) {
        var user = currentUser.require();
        var figures = build(user, period, organisationId, PortalTranslations.GERMAN);
        var addresses = recipients.of(user.workingGroupId(), organisationId).stream()
                .map(contact -> contact.name() + " <" + contact.email() + ">").toList();
        return keep(user.workingGroupId(), figures, user.username(), addresses, false,
                render(figures, PortalTranslations.GERMAN));
    }

    private ReportFigures build(PortalUser user, ReportPeriod period, String organisationId, Locale locale) {
        var scopeName = organisationId == null ? translations.getTranslation("report.scope.all", locale)
                : organisations.find(organisationId).filter(found -> user.workingGroupId().equals(found.getWorkingGroupId()))
                        .map(found -> found.getName())
                        .orElseThrow(() -> new ReportRefused("organisation", "report.refused.organisation"));
        var request = new ReportRequest(period, organisationId, today(), locale, translator(locale));
        var sections = contributions.stream().map(contribution -> contribution.section(request)).toList();
        return new ReportFigures(period, organisationId, scopeName, clock.instant(), sections);
    }

    private SentReport deliver(String workingGroupId, ReportFigures figures, List<LeadershipContact> to, String sentBy,
            boolean scheduled, java.util.function.Consumer<OutgoingMail> send) {
        var pdf = render(figures, PortalTranslations.GERMAN);
        var addresses = to.stream().map(contact -> contact.name() + " <" + contact.email() + ">").toList();
        var kept = keep(workingGroupId, figures, sentBy, addresses, scheduled, pdf);
        var text = translator(PortalTranslations.GERMAN);
        var mail = new OutgoingMail(to.stream().map(contact -> new OutgoingMail.Recipient(contact.name(), contact.email())).toList(),
                null, text.apply("report.mail.subject", new Object[] {figures.scopeName(), figures.period().dates()}),
                text.apply("report.mail.text", new Object[] {properties.groupName(), figures.scopeName(),
                        figures.period().dates(), kept.getNumber(), Formats.dateTime(kept.getSentAt())}),
                List.of(new OutgoingMail.Attachment(kept.fileName("pdf"), "application/pdf", pdf)));
        send.accept(mail);
        return kept;
    }

    /** Numbered after the last one; when another node took the number meanwhile, the next. */
    private SentReport keep(String workingGroupId, ReportFigures figures, String sentBy, List<String> addresses,
            boolean scheduled, byte[] pdf) {
        var criteria = Criteria.where("workingGroupId").is(workingGroupId).and("periodKey").is(figures.period().key())
                .and("organisationId").is(figures.organisationId());
        var number = (int) mongo.count(new Query(criteria), SentReport.class) + 1;
        for (int attempt = 0; ; attempt++) {
            try {
                return mongo.insert(new SentReport(workingGroupId, figures, number + attempt, clock.instant(), sentBy,
                        addresses, scheduled, pdf));
            } catch (DuplicateKeyException taken) {
                if (attempt >= 10) {
                    throw taken;
                }
            }
        }
    }

    private byte[] render(ReportFigures figures, Locale locale) {
        var text = translator(locale);
        return PdfA.render(ReportHtml.document(figures, properties.groupName(), text), ReportHtml.title(figures, text),
                locale.getLanguage());
    }

    private BiFunction<String, Object[], String> translator(Locale locale) {
        return (key, parameters) -> translations.getTranslation(key, locale, parameters);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
