package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ui.ContactEditView;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.ui.OrganisationEditView;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Who may do what, in one place: which pages each role may open, and which service methods each
 * role may call. Routes and service methods are discovered, so a new page or method without a line
 * in the matrices fails this test until someone decides who may use it.
 */
class AuthorizationMatrixTest extends ViewTest {

    private static final String BASE_PACKAGE = "de.arbeitsgruppe.portal";

    enum Who { ANONYMOUS, ADMIN, COORDINATOR, MEMBER, PARTNER }

    /**
     * Pages, as Vaadin's own access checker decides from the annotations of the view and its
     * layouts. Pages add their own rules on top (see the browserless tests below).
     */
    private static final String ROUTES = """
            page                             | anonymous | admin | coordinator | member | partner
            /                                | no        | yes   | yes         | yes    | yes
            /abgemeldet                      | yes       | yes   | yes         | yes    | yes
            /aufgaben                        | no        | yes   | yes         | yes    | no
            /angebote                        | no        | yes   | yes         | yes    | yes
            /angebote/:id                    | no        | yes   | yes         | yes    | yes
            /angebote/:id/bearbeiten         | no        | yes   | yes         | yes    | yes
            /angebote/neu                    | no        | yes   | yes         | yes    | yes
            /angebote/ortsteile              | no        | yes   | yes         | no     | no
            /angebote/pruefung               | no        | yes   | yes         | no     | no
            /aufgaben/tafel                  | no        | yes   | yes         | yes    | no
            /admin/konten                    | no        | yes   | no          | no     | no
            /angebote/versorgung             | no        | yes   | yes         | yes    | no
            /admin/postausgang               | no        | yes   | no          | no     | no
            /admin/sicherung                 | no        | yes   | no          | no     | no
            /admin/verlauf                   | no        | yes   | no          | no     | no
            /aufgaben/benachrichtigungen     | no        | yes   | yes         | yes    | yes
            /ansprechpartner                 | no        | yes   | yes         | yes    | yes
            /ansprechpartner-pruefen         | no        | yes   | yes         | no     | no
            /ansprechpartner/:id             | no        | yes   | yes         | yes    | yes
            /ansprechpartner/:id/bearbeiten  | no        | yes   | yes         | yes    | yes
            /ansprechpartner/bestaetigen     | no        | yes   | yes         | yes    | yes
            /ansprechpartner/neu             | no        | yes   | yes         | yes    | yes
            /aufgaben/:id                    | no        | yes   | yes         | yes    | yes
            /aufgaben/:id/bearbeiten         | no        | yes   | yes         | yes    | yes
            /aufgaben/meine                  | no        | yes   | yes         | yes    | yes
            /aufgaben/neu                    | no        | yes   | yes         | yes    | yes
            /barrierefreiheit                | yes       | yes   | yes         | yes    | yes
            /datenaustausch                  | no        | yes   | yes         | yes    | no
            /datenaustausch/:id              | no        | yes   | yes         | yes    | no
            /datenaustausch/:id/bearbeiten   | no        | yes   | yes         | yes    | no
            /datenaustausch/neu              | no        | yes   | yes         | yes    | no
            /evaluation                      | no        | yes   | yes         | yes    | no
            /evaluation/:id                  | no        | yes   | yes         | yes    | no
            /evaluation/checkliste           | no        | yes   | yes         | no     | no
            /beschluesse                     | no        | yes   | yes         | yes    | yes
            /impressum                       | yes       | yes   | yes         | yes    | yes
            /kalender                        | no        | yes   | yes         | yes    | yes
            /kalender/abo                    | no        | yes   | yes         | yes    | yes
            /kein-zugang                     | yes       | yes   | yes         | yes    | yes
            /login                           | yes       | yes   | yes         | yes    | yes
            /organisationen                  | no        | yes   | yes         | yes    | yes
            /organisationen/:id              | no        | yes   | yes         | yes    | yes
            /organisationen/:id/bearbeiten   | no        | yes   | yes         | no     | yes
            /organisationen/neu              | no        | yes   | yes         | no     | yes
            /schnittstellen                  | no        | yes   | yes         | yes    | no
            /synonyme                        | no        | yes   | yes         | no     | no
            /termine                         | no        | yes   | yes         | yes    | yes
            /termine/:id                     | no        | yes   | yes         | yes    | yes
            /termine/:id/anwesenheit         | no        | yes   | yes         | no     | no
            /termine/:id/bearbeiten          | no        | yes   | yes         | yes    | yes
            /termine/:id/protokoll           | no        | yes   | yes         | yes    | yes
            /termine/:id/protokoll/versionen | no        | yes   | yes         | yes    | yes
            /termine/:id/tagesordnung        | no        | yes   | yes         | no     | no
            /termine/neu                     | no        | yes   | yes         | yes    | yes
            /themenspeicher                  | no        | yes   | yes         | yes    | no
            /veranstaltungen                 | yes       | yes   | yes         | yes    | yes
            /berichte                        | no        | yes   | yes         | yes    | no
            /berichte/:id                    | no        | yes   | yes         | yes    | no
            /berichte/empfaenger             | no        | yes   | yes         | no     | no
            /berichte/neu                    | no        | yes   | yes         | no     | no
            error page DatabaseAwayView      | yes       | yes   | yes         | yes    | yes
            error page ForbiddenView         | yes       | yes   | yes         | yes    | yes
            error page NotFoundView          | yes       | yes   | yes         | yes    | yes
            """;

    /**
     * Service methods called per role: "no" is Spring Security's AccessDeniedException. The
     * anonymous column is tried twice: as the anonymous visitor of a web request (denied with
     * AccessDeniedException) and with nobody logged in at all, e.g. a background thread (denied
     * with AuthenticationCredentialsNotFoundException). Data-level rules (a partner only its own
     * organisation) are in the services' own tests; here each role acts on what it may act on.
     */
    private static final String SERVICES = """
            method                                             | anonymous | admin | coordinator | member | partner
            AccountManagement.create(Account, String)          | no        | yes   | no          | no     | no
            AccountManagement.findAll()                        | no        | yes   | no          | no     | no
            AccountManagement.lockedUntil()                    | no        | yes   | no          | no     | no
            AuditTrail.find(AuditFilter, int, int)             | no        | yes   | no          | no     | no
            AuditTrail.forEach(AuditFilter, Consumer)          | no        | yes   | no          | no     | no
            AuditTrail.historyOf(Class, String)                | no        | yes   | yes         | no     | no
            AuditTrail.recordTypes()                           | no        | yes   | no          | no     | no
            AccountManagement.resetPassword(String, String)    | no        | yes   | no          | no     | no
            AccountManagement.setActive(String, boolean)       | no        | yes   | no          | no     | no
            AccountManagement.unlock(String)                   | no        | yes   | no          | no     | no
            AccountManagement.update(Account)                  | no        | yes   | no          | no     | no
            AgendaBacklog.add(BacklogItem)                     | no        | yes   | yes         | no     | no
            AgendaBacklog.list()                               | no        | yes   | yes         | yes    | no
            AgendaBacklog.postpone(String, String)             | no        | yes   | yes         | no     | no
            AgendaBacklog.remove(String)                       | no        | yes   | yes         | no     | no
            AgendaBacklog.schedule(List, String)               | no        | yes   | yes         | no     | no
            AgendaBacklog.update(BacklogItem)                  | no        | yes   | yes         | no     | no
            CalendarTokens.issue()                             | no        | yes   | yes         | yes    | yes
            CalendarTokens.issuedAt()                          | no        | yes   | yes         | yes    | yes
            CalendarTokens.revoke()                            | no        | yes   | yes         | yes    | yes
            DatabaseBackup.fileName()                          | no        | yes   | no          | no     | no
            DecisionRegister.csv(DecisionFilter, Writer)       | no        | yes   | yes         | yes    | yes
            DecisionRegister.search(DecisionFilter, int, int)  | no        | yes   | yes         | yes    | yes
            DecisionRegister.years()                           | no        | yes   | yes         | yes    | yes
            DatabaseBackup.writeTo(OutputStream)               | no        | yes   | no          | no     | no
            ConfirmationReminders.send(String, String)         | no        | yes   | yes         | no     | no
            ContactDirectory.confirmOwnEntry(Long)             | no        | yes   | yes         | yes    | yes
            ContactDirectory.countNeedingConfirmation()        | no        | yes   | yes         | no     | no
            ContactDirectory.create(Contact)                   | no        | yes   | yes         | no     | no
            ContactDirectory.deputyCandidates(String)          | no        | yes   | yes         | yes    | yes
            ContactDirectory.find(String)                      | no        | yes   | yes         | yes    | yes
            ContactDirectory.forAutomaticMail(String, String)  | no user needed
            ContactDirectory.firstPage(ContactQuery, int)      | no        | yes   | yes         | yes    | yes
            ContactDirectory.mayEdit(Contact)                  | no        | yes   | yes         | yes    | yes
            ContactDirectory.needingConfirmation()             | no        | yes   | yes         | no     | no
            ContactDirectory.ownEntry()                        | no        | yes   | yes         | yes    | yes
            ContactDirectory.search(ContactQuery, int, int)    | no        | yes   | yes         | yes    | yes
            ContactDirectory.update(Contact)                   | no        | yes   | yes         | yes    | yes
            InterfaceMatrix.rows()                             | no        | yes   | yes         | yes    | no
            Districts.current()                                | no user needed
            Districts.ofPublicCatalogue()                      | no user needed
            Districts.save(DistrictList)                       | no        | yes   | yes         | no     | no
            OfferCatalogue.all(OfferFilter)                    | no user needed
            OfferCatalogue.find(String)                        | no user needed
            OfferCatalogue.page(OfferFilter)                   | no user needed
            OfferCatalogue.today()                             | no user needed
            OfferManagement.archive(String, Long)              | no        | yes   | yes         | no     | yes
            OfferManagement.find(String)                       | no        | yes   | yes         | yes    | yes
            OfferManagement.inReview()                         | no        | yes   | yes         | no     | no
            OfferManagement.countInReview()                    | no        | yes   | yes         | no     | no
            OfferManagement.mayChooseProvider()                | no        | yes   | yes         | yes    | yes
            OfferManagement.mayEdit(Offer)                     | no        | yes   | yes         | yes    | yes
            OfferManagement.mayReview(Offer)                   | no        | yes   | yes         | yes    | yes
            OfferManagement.ofMyOrganisation()                 | no        | yes   | yes         | yes    | yes
            OfferManagement.publish(String, Long)              | no        | yes   | yes         | no     | no
            OfferManagement.resubmit(Offer)                    | no        | yes   | yes         | no     | yes
            OfferManagement.returnToProvider(String, Long, String)| no        | yes   | yes         | no     | no
            OfferManagement.setFreePlaces(String, Long, Integer)| no        | yes   | yes         | no     | yes
            OfferManagement.submit(Offer)                      | no        | yes   | yes         | yes    | yes
            Mailer.send(OutgoingMail)                          | no        | yes   | yes         | no     | no
            Mailer.sendAutomatically(String, OutgoingMail)     | no user needed
            OfferManagement.confirm(String, Long)              | no        | yes   | yes         | no     | yes
            OfferSupply.csv(Writer)                            | no        | yes   | yes         | yes    | no
            OfferSupply.overview()                             | no        | yes   | yes         | yes    | no
            MeetingInvitations.preview(String)                 | no        | yes   | yes         | no     | no
            MeetingInvitations.send(String, boolean)           | no        | yes   | yes         | no     | no
            MeetingManagement.between(Instant, Instant)        | no        | yes   | yes         | yes    | yes
            MeetingManagement.cancel(String, EditScope)        | no        | yes   | yes         | no     | no
            MeetingManagement.create(Meeting, Recurrence)      | no        | yes   | yes         | no     | no
            MeetingManagement.find(String)                     | no        | yes   | yes         | yes    | yes
            MeetingManagement.findAll(Collection)              | no        | yes   | yes         | yes    | yes
            MeetingManagement.list(boolean, MeetingType, int, int)| no        | yes   | yes         | yes    | yes
            MeetingManagement.markInvited(String)              | no        | yes   | yes         | no     | no
            MeetingManagement.mayPlan()                        | no        | yes   | yes         | yes    | yes
            MeetingManagement.publicEvent(String)              | no user needed
            MeetingManagement.publicMeeting(String)            | no user needed
            MeetingManagement.publicMeetings(String, int)      | no user needed
            MeetingManagement.publicUpcoming(int)              | no user needed
            MeetingManagement.reschedule(String, Instant, Instant)| no        | yes   | yes         | no     | no
            MeetingManagement.series(String)                   | no        | yes   | yes         | yes    | yes
            MeetingManagement.seriesRule(String)               | no        | yes   | yes         | yes    | yes
            MeetingManagement.upcoming(int)                    | no        | yes   | yes         | yes    | yes
            MeetingManagement.update(Meeting, EditScope)       | no        | yes   | yes         | no     | no
            MeetingRecords.markHeld(String, Set)               | no        | yes   | yes         | no     | no
            MeetingRecords.nextDate(String)                    | no        | yes   | yes         | no     | no
            MeetingRecords.recordAttendance(String, long, Map) | no        | yes   | yes         | no     | no
            OrganisationManagement.create(Organisation)        | no        | yes   | yes         | no     | no
            OrganisationManagement.find(String)                | no        | yes   | yes         | yes    | yes
            OrganisationManagement.findByAlias(String, String) | no user needed
            OrganisationManagement.mayEdit(Organisation)       | no        | yes   | yes         | yes    | yes
            OrganisationManagement.nameOf(String, String)      | no user needed
            OrganisationManagement.publicMembers(String)       | no user needed
            OrganisationManagement.search(String, Set)         | no        | yes   | yes         | yes    | yes
            OrganisationManagement.summaries()                 | no        | yes   | yes         | yes    | yes
            OrganisationManagement.update(Organisation)        | no        | yes   | yes         | no     | yes
            Outbox.find(String)                                | no        | yes   | no          | no     | no
            Outbox.mailServerConfigured()                      | no        | yes   | no          | no     | no
            Outbox.newest(int)                                 | no        | yes   | no          | no     | no
            AccountManagement.staff()                          | no        | yes   | yes         | no     | no
            MeetingInvitations.minutesRecipients(String)       | no        | yes   | yes         | no     | no
            ProtocolApproval.approvalMeetings(String)          | no        | yes   | yes         | no     | no
            ProtocolApproval.approve(String, long, String, String)| no        | yes   | yes         | no     | no
            ProtocolApproval.circulate(String, long, LocalDate, String)| no        | yes   | yes         | no     | no
            ProtocolApproval.current(String)                   | no        | yes   | yes         | yes    | yes
            ProtocolApproval.finishCorrection(String, long, String, String)| no        | yes   | yes         | no     | no
            ProtocolApproval.pdf(String, int)                  | no        | yes   | yes         | yes    | yes
            ProtocolApproval.reopen(String, long)              | no        | yes   | yes         | no     | no
            ProtocolApproval.startCorrection(String, long)     | no        | yes   | yes         | no     | no
            ProtocolApproval.versions(String)                  | no        | yes   | yes         | yes    | yes
            PublicMinutes.of(String)                           | no user needed
            PublicMinutes.pdf(String)                          | no user needed
            ProtocolManagement.awaitingComment()               | no        | yes   | yes         | yes    | yes
            ProtocolManagement.comment(String, String, String) | no        | yes   | yes         | yes    | yes
            ProtocolManagement.find(String)                    | no        | yes   | yes         | yes    | yes
            ProtocolManagement.minuteTakerCandidates()         | no        | yes   | yes         | no     | no
            ProtocolManagement.removeDecision(String, String)  | no        | yes   | yes         | no     | no
            ProtocolManagement.saveDecision(String, String, Decision)| no        | yes   | yes         | no     | no
            ProtocolManagement.saveHeader(String, long, String, String)| no        | yes   | yes         | no     | no
            ProtocolManagement.saveNotes(String, String, Long, String, String)| no        | yes   | yes         | no     | no
            ProtocolManagement.start(String)                   | no        | yes   | yes         | no     | no
            Synonyms.current()                                 | no        | yes   | yes         | no     | no
            Synonyms.expand(String)                            | no        | yes   | yes         | yes    | yes
            Synonyms.save(SynonymList)                         | no        | yes   | yes         | no     | no
            TaskManagement.changeStatus(String, long, TaskStatus, String)| no        | yes   | yes         | no     | yes
            TaskManagement.comment(String, String)             | no        | yes   | yes         | no     | yes
            TaskManagement.count(TaskFilter)                   | no        | yes   | yes         | yes    | no
            TaskManagement.create(Task)                        | no        | yes   | yes         | no     | no
            TaskManagement.find(String)                        | no        | yes   | yes         | yes    | yes
            TaskManagement.mayCreate()                         | no        | yes   | yes         | yes    | yes
            TaskManagement.mayEdit(Task)                       | no        | yes   | yes         | yes    | yes
            TaskManagement.mayProgress(Task)                   | no        | yes   | yes         | yes    | yes
            TaskManagement.mine(Set, int)                      | no        | yes   | yes         | yes    | yes
            TaskManagement.mineDueBetween(LocalDate, LocalDate)| no        | yes   | yes         | yes    | yes
            TaskManagement.ofMeeting(String)                   | no        | yes   | yes         | yes    | yes
            TaskManagement.overdueByOrganisation()             | no        | yes   | yes         | no     | no
            TaskManagement.search(TaskFilter, int, int)        | no        | yes   | yes         | yes    | no
            TaskManagement.update(Task)                        | no        | yes   | yes         | no     | no
            TaskExport.csv(TaskFilter, Writer)                 | no        | yes   | yes         | yes    | no
            TaskReviews.forReview(String)                      | no        | yes   | yes         | yes    | yes
            TaskReviews.record(String, List)                   | no        | yes   | yes         | no     | no
            TaskMailSettings.mine()                            | no        | yes   | yes         | yes    | yes
            TaskMailSettings.save(TaskMailChoices)             | no        | yes   | yes         | yes    | yes
            ExchangeExport.csv(Writer)                         | no        | yes   | yes         | yes    | no
            ExchangeRegister.authorities()                     | no        | yes   | yes         | yes    | no
            ExchangeRegister.create(ExchangeAgreement)         | no        | yes   | yes         | yes    | no
            ExchangeRegister.find(String)                      | no        | yes   | yes         | yes    | no
            ExchangeRegister.gaps()                            | no        | yes   | yes         | yes    | no
            ExchangeRegister.list()                            | no        | yes   | yes         | yes    | no
            ExchangeRegister.mayCreate()                       | no        | yes   | yes         | yes    | no
            ExchangeRegister.mayEdit(ExchangeAgreement)        | no        | yes   | yes         | yes    | no
            ExchangeRegister.mayEnter(Missing)                 | no        | yes   | yes         | yes    | no
            ExchangeRegister.today()                           | no        | yes   | yes         | yes    | no
            ExchangeRegister.update(ExchangeAgreement)         | no        | yes   | yes         | yes    | no
            SignedAgreements.attach(String, Long, String, byte[])| no        | yes   | yes         | yes    | no
            SignedAgreements.download(String)                  | no        | yes   | yes         | yes    | no
            ReportManagement.build(ReportPeriod, String)       | no        | yes   | yes         | no     | no
            ReportManagement.csv(ReportFigures, Writer)        | no        | yes   | yes         | yes    | no
            ReportManagement.findSent(String)                  | no        | yes   | yes         | yes    | no
            ReportManagement.mayBuild()                        | no        | yes   | yes         | yes    | yes
            ReportManagement.pdf(ReportFigures)                | no        | yes   | yes         | yes    | no
            ReportManagement.send(ReportPeriod, String)        | no        | yes   | yes         | no     | no
            ReportManagement.sent()                            | no        | yes   | yes         | yes    | no
            ReportManagement.xlsx(ReportFigures, OutputStream) | no        | yes   | yes         | yes    | no
            ReportRecipients.current()                         | no        | yes   | yes         | no     | no
            ReportRecipients.save(ReportSettings)              | no        | yes   | yes         | no     | no
            ReportRecipients.scheduledAs()                     | no        | yes   | yes         | no     | no
            MeetingManagement.startedBetween(Instant, Instant) | no        | yes   | yes         | yes    | no
            ContactDirectory.organisationsOf(Collection)       | no        | yes   | yes         | yes    | no
            DecisionRegister.countByResult(Instant, Instant)   | no        | yes   | yes         | yes    | no
            TaskManagement.factsOfPeriod(Instant, Instant)     | no        | yes   | yes         | yes    | no
            ChecklistManagement.add(long, EvaluationSection, String)| no        | yes   | yes         | no     | no
            ChecklistManagement.current()                      | no        | yes   | yes         | yes    | no
            ChecklistManagement.move(long, String, int)        | no        | yes   | yes         | no     | no
            ChecklistManagement.retire(long, String, boolean)  | no        | yes   | yes         | no     | no
            ChecklistManagement.reword(long, String, String)   | no        | yes   | yes         | no     | no
            EvaluationManagement.create(String, LocalDate)     | no        | yes   | yes         | no     | no
            EvaluationManagement.find(String)                  | no        | yes   | yes         | yes    | no
            EvaluationManagement.latestUpTo(LocalDate)         | no        | yes   | yes         | yes    | no
            EvaluationManagement.list(int)                     | no        | yes   | yes         | yes    | no
            EvaluationManagement.mayRate()                     | no        | yes   | yes         | yes    | yes
            EvaluationManagement.rate(String, long, List)      | no        | yes   | yes         | no     | no
            EvaluationManagement.taskFor(String, String)       | no        | yes   | yes         | no     | no
            EvaluationManagement.trend()                       | no        | yes   | yes         | yes    | no
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    AccountManagement accountManagement;
    @Autowired
    ContactDirectory directory;
    @Autowired
    MeetingManagement meetings;

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyPageOpensForExactlyTheRolesOfTheMatrix() {
        var actual = new TreeMap<String, List<String>>();
        var layouts = mainClasses(new AnnotationTypeFilter(Layout.class));
        for (Class<?> view : mainClasses(new AnnotationTypeFilter(Route.class), new AnnotationTypeFilter(RouteAlias.class))) {
            routesOf(view, layouts).forEach((path, viewLayouts) -> actual.put(path, whoMayOpen(view, viewLayouts)));
        }
        for (Class<?> errorView : mainClasses(new AssignableTypeFilter(HasErrorParameter.class))) {
            actual.put("error page " + errorView.getSimpleName(), whoMayOpen(errorView, parentLayouts(errorView)));
        }
        assertThat(render(actual)).isEqualTo(render(parse(ROUTES)));
    }

    @Test
    void everyServiceMethodAnswersEachRoleAsTheMatrixSays() {
        var fixture = new AuthorizationFixture(organisations, accountManagement, directory, meetings);
        var arguments = fixture.arguments();
        arguments.putAll(new AgendaAuthorizationArguments(context).arguments());
        arguments.putAll(new SearchArguments(context).arguments());
        arguments.putAll(new ReminderArguments(context).arguments());
        arguments.putAll(new ProtocolArguments(context, fixture).arguments());
        arguments.putAll(new DecisionRegisterArguments().arguments());
        arguments.putAll(new TaskArguments(context, fixture).arguments());
        arguments.putAll(new TaskMailArguments().arguments());
        arguments.putAll(new OfferSupplyArguments(context, fixture).arguments());
        arguments.putAll(new OfferArguments(context, fixture).arguments());
        arguments.putAll(new ExchangeArguments(context).arguments());
        arguments.putAll(new ReportArguments(context).arguments());
        arguments.putAll(new OParlArguments().arguments());
        arguments.putAll(new EvaluationArguments(context).arguments());
        var actual = new TreeMap<String, List<String>>();
        for (Class<?> service : mainClasses(new AnnotationTypeFilter(Service.class))) {
            var bean = context.getBean(service);
            for (Method method : publicMethods(service)) {
                var key = signature(method);
                var args = arguments.get(key);
                if (args == null) {
                    actual.put(key, List.of("no arguments in the test for this method"));
                    continue;
                }
                actual.put(key, Arrays.stream(Who.values())
                        .map(who -> outcome(who, fixture, () -> fixture.asAdmin(() -> args.apply(who)), bean, method))
                        .toList());
            }
        }
        assertThat(render(actual)).isEqualTo(render(parse(SERVICES)));
    }

    @Test
    @WithMockUser(username = SignedIn.PARTNER, roles = Role.PARTNER_NAME)
    void theAddressForANewOrganisationShowsAPartnerTheNotAllowedPage() {
        navigate("organisationen/neu", ForbiddenView.class);
    }

    @Test
    @WithMockUser(username = SignedIn.PARTNER, roles = Role.PARTNER_NAME)
    void anotherOrganisationsEditAddressShowsAPartnerTheNotAllowedPage() {
        navigate("organisationen/org-diakonie-musterstadt/bearbeiten", ForbiddenView.class);
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void theAddressForANewContactShowsAMemberTheNotAllowedPage() {
        navigate("ansprechpartner/neu", ForbiddenView.class);
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void someoneElsesContactEditAddressShowsAMemberTheNotAllowedPage() {
        navigate("ansprechpartner/c-agentur-weber/bearbeiten", ForbiddenView.class);
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void theOfficeOpensTheFormsForNewRecords() {
        navigate("organisationen/neu", OrganisationEditView.class);
        navigate("ansprechpartner/neu", ContactEditView.class);
    }

    // ---- pages

    private List<String> whoMayOpen(Class<?> view, List<Class<?>> layouts) {
        return Arrays.stream(Who.values())
                .map(who -> Stream.concat(Stream.of(view), layouts.stream())
                        .allMatch(target -> checker.hasAccess(target, principal(who), role -> hasRole(who, role))))
                .map(allowed -> allowed ? "yes" : "no")
                .toList();
    }

    private static Principal principal(Who who) {
        return who == Who.ANONYMOUS ? null : () -> "matrix-" + who.name().toLowerCase();
    }

    private static boolean hasRole(Who who, String role) {
        return who != Who.ANONYMOUS && who.name().equals(role);
    }

    /** Each path of the view with the layouts Vaadin wraps it in: the explicit one, or the automatic {@code @Layout}. */
    private static Map<String, List<Class<?>>> routesOf(Class<?> view, List<Class<?>> automaticLayouts) {
        var routes = new TreeMap<String, List<Class<?>>>();
        var route = view.getAnnotation(Route.class);
        if (route != null) {
            var path = route.value().equals(Route.NAMING_CONVENTION) ? conventionalPath(view) : route.value();
            routes.put("/" + path, layouts(path, route.layout(), route.autoLayout(), automaticLayouts));
        }
        for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
            routes.put("/" + alias.value(), layouts(alias.value(), alias.layout(), alias.autoLayout(), automaticLayouts));
        }
        return routes;
    }

    private static String conventionalPath(Class<?> view) {
        var name = view.getSimpleName().replaceFirst("View$", "").toLowerCase();
        return name.equals("main") ? "" : name;
    }

    private static List<Class<?>> layouts(String path, Class<? extends RouterLayout> explicit, boolean auto,
            List<Class<?>> automaticLayouts) {
        if (explicit != UI.class) {
            var chain = new ArrayList<Class<?>>(List.of(explicit));
            chain.addAll(parentLayouts(explicit));
            return chain;
        }
        if (!auto) {
            return List.of();
        }
        var chain = new ArrayList<Class<?>>();
        for (Class<?> layout : automaticLayouts) {
            var prefix = layout.getAnnotation(Layout.class).value().replaceAll("^/+", "");
            if (path.startsWith(prefix)) {
                chain.add(layout);
                chain.addAll(parentLayouts(layout));
            }
        }
        return chain;
    }

    private static List<Class<?>> parentLayouts(Class<?> component) {
        var chain = new ArrayList<Class<?>>();
        for (var parent = component.getAnnotation(ParentLayout.class); parent != null;
                parent = parent.value().getAnnotation(ParentLayout.class)) {
            chain.add(parent.value());
        }
        return chain;
    }

    // ---- services

    private static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .toList();
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static String outcome(Who who, AuthorizationFixture fixture, Supplier<Object[]> arguments, Object bean, Method method) {
        if (who == Who.ANONYMOUS) {
            var visitor = SignedIn.asAnonymousVisitor(() -> call(bean, method, arguments.get()));
            var nobody = SignedIn.withNobody(() -> call(bean, method, arguments.get()));
            if (visitor == null && nobody == null) {
                return "yes";
            }
            if (visitor instanceof AccessDeniedException && nobody instanceof AuthenticationCredentialsNotFoundException) {
                return "no";
            }
            return "visitor: " + describe(visitor) + ", nobody: " + describe(nobody);
        }
        var failure = SignedIn.as(fixture.username(who), Role.valueOf(who.name()),
                () -> call(bean, method, arguments.get()));
        if (failure == null) {
            return "yes";
        }
        return failure instanceof AccessDeniedException ? "no" : describe(failure);
    }

    /** Calls the method through the Spring proxy, as a view would; the failure, or null on success. */
    private static Throwable call(Object bean, Method method, Object[] arguments) {
        try {
            method.invoke(bean, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Throwable failure) {
        return failure == null ? "yes" : failure.getClass().getSimpleName() + " (" + failure.getMessage() + ")";
    }

    // ---- the matrices as text

    private static Map<String, List<String>> parse(String table) {
        var rows = new TreeMap<String, List<String>>();
        table.lines().skip(1).map(line -> line.split("\\|")).forEach(cells -> {
            var values = Arrays.stream(cells).skip(1).map(String::strip).toList();
            rows.put(cells[0].strip(), values.equals(List.of("no user needed"))
                    ? Collections.nCopies(Who.values().length, "yes") : values);
        });
        return rows;
    }

    /** Aligned like the tables above, so that a failing table can be read, and pasted, cell by cell. */
    private static String render(Map<String, List<String>> rows) {
        return rows.entrySet().stream().map(row -> {
            var line = new StringBuilder("%-51s".formatted(row.getKey()));
            var cells = row.getValue();
            for (int i = 0; i < cells.size(); i++) {
                var width = i < Who.values().length ? Who.values()[i].name().length() : 1;
                line.append("| ").append(("%-" + width + "s ").formatted(cells.get(i)));
            }
            return line.toString().stripTrailing();
        }).collect(Collectors.joining("\n"));
    }

    private static List<Class<?>> mainClasses(TypeFilter... filters) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        Arrays.stream(filters).forEach(scanner::addIncludeFilter);
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .filter(candidate -> !String.valueOf(candidate.getResourceDescription()).contains("test-classes"))
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .<Class<?>>map(type -> type)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }
}
