package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.exchange.internal.ExchangeAgreements;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The register of data-exchange agreements of the user's working group ({@link ExchangeAccess} says
 * who may do what): read by the authorities' staff, kept by the office and the two organisations of
 * each agreement. An id of another working group or a partner's request finds nothing.
 */
@Service
public class ExchangeRegister {

    static final Sort REGISTER_ORDER = Sort.by("contactInterface", "organisationAName", "organisationBName", "title", "_id");

    private final ExchangeAgreements agreements;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final OrganisationManagement organisations;
    private final ContactDirectory directory;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExchangeRegister(ExchangeAgreements agreements, MongoTemplate mongo, CurrentUser currentUser,
            OrganisationManagement organisations, ContactDirectory directory, Validator validator,
            ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.directory = directory;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Every agreement of the working group, by interface and organisations; without the PDFs, which live apart. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<ExchangeAgreement> list() {
        var user = internal();
        return mongo.find(new Query(Criteria.where("workingGroupId").is(user.workingGroupId()))
                .with(REGISTER_ORDER).limit(Limits.MAX_PAGE_SIZE), ExchangeAgreement.class);
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public Optional<ExchangeAgreement> find(String id) {
        var user = internal();
        return id == null ? Optional.empty()
                : agreements.findByIdAndWorkingGroupId(id, user.workingGroupId()).filter(a -> ExchangeAccess.maySee(user, a));
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public boolean mayCreate() {
        return ExchangeAccess.mayCreate(internal());
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public boolean mayEdit(ExchangeAgreement agreement) {
        return ExchangeAccess.mayEdit(internal(), agreement);
    }

    /**
     * Whether the user may enter the agreement a gap lacks, so that the register offers it only where the
     * save would not be refused: the office every gap, staff those of their own authority.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public boolean mayEnter(ExchangeGaps.Missing gap) {
        return ExchangeAccess.mayEnter(internal(), gap.first().id(), gap.second().id());
    }

    /** The member authorities of the working group that stand on a side of the interfaces, by name. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<OrganisationSummary> authorities() {
        internal();
        return organisations.summaries().stream()
                .filter(o -> o.membership() == Membership.MEMBER && o.kind() != null && o.kind().authoritySide() != null)
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Enters a new agreement. Staff of an authority enter agreements of their own organisation.
     *
     * @throws ExchangeRefused when a rule of {@link ExchangeRules} is broken
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public ExchangeAgreement create(ExchangeAgreement agreement) {
        var user = internal();
        if (agreement.getId() != null) {
            throw new IllegalArgumentException("a new agreement has no id");
        }
        agreement.setWorkingGroupId(user.workingGroupId());
        return save(agreement, user);
    }

    /**
     * Saves a change of an agreement the user read; a save of an older version is a conflict. The
     * signed PDF and the reminder's mark stay as stored.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public ExchangeAgreement update(ExchangeAgreement changed) {
        var user = internal();
        var stored = find(changed.getId()).filter(a -> ExchangeAccess.mayEdit(user, a))
                .orElseThrow(() -> new AccessDeniedException("unknown agreement or not the user's to change"));
        if (changed.getVersion() == null) {
            throw new ConflictException();
        }
        stored.takeOver(changed);
        return save(stored, user);
    }

    /** Pairs of authorities without an agreement per interface, and agreements past their review date. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public ExchangeGaps gaps() {
        var all = list();
        var authorities = authorities();
        var missing = new ArrayList<ExchangeGaps.Missing>();
        for (ContactInterface contactInterface : ContactInterface.values()) {
            for (var first : authorities) {
                if (!InterfaceSides.standsOn(first, InterfaceSides.first(contactInterface))) {
                    continue;
                }
                for (var second : authorities) {
                    if (InterfaceSides.standsOn(second, InterfaceSides.second(contactInterface))
                            && all.stream().noneMatch(a -> a.covers(contactInterface, first.id(), second.id()))) {
                        missing.add(new ExchangeGaps.Missing(contactInterface, first, second));
                    }
                }
            }
        }
        var today = today();
        var overdue = all.stream().filter(a -> a.reviewOverdue(today))
                .sorted(Comparator.comparing(ExchangeAgreement::getNextReview)).toList();
        return new ExchangeGaps(List.copyOf(missing), overdue);
    }

    /** Today in the portal's time zone: a review date passes at midnight in Germany. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private ExchangeAgreement save(ExchangeAgreement agreement, PortalUser user) {
        var authorities = authorities();
        // both named and neither the user's own: staff enter only their own organisation's agreements
        if (agreement.getOrganisationAId() != null && agreement.getOrganisationBId() != null
                && !ExchangeAccess.mayEnter(user, agreement.getOrganisationAId(), agreement.getOrganisationBId())) {
            throw new ExchangeRefused("organisationAId", "exchange.validation.ownOrganisation");
        }
        ExchangeRules.check(agreement, authorities, id -> directory.find(id).isPresent());
        agreement.setOrganisationAName(nameOf(authorities, agreement.getOrganisationAId()));
        agreement.setOrganisationBName(nameOf(authorities, agreement.getOrganisationBId()));
        agreement.setUpdatedAt(clock.instant());
        agreement.setUpdatedBy(user.username());
        var violations = validator.validate(agreement);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var saved = VersionedSave.of(agreement, () -> agreements.save(agreement));
        events.publishEvent(new ExchangeAgreementChanged(saved.getId(), saved.getWorkingGroupId()));
        return saved;
    }

    private static String nameOf(List<OrganisationSummary> authorities, String id) {
        return authorities.stream().filter(o -> o.id().equals(id)).map(OrganisationSummary::name).findFirst().orElse(null);
    }

    /** The logged-in user if they are staff of an authority or the office; partners are refused every call. */
    private PortalUser internal() {
        var user = currentUser.require();
        if (!user.isInternal()) {
            throw new AccessDeniedException("the register is internal");
        }
        return user;
    }
}
