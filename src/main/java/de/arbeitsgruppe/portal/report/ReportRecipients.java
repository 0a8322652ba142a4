package de.arbeitsgruppe.portal.report;

import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.report.internal.ReportSettingsStore;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import de.arbeitsgruppe.portal.shared.PortalUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The office's settings of the report: the leadership contacts per organisation, and whether the
 * report goes out by itself each quarter. Saved with their version, so two people of the office do not
 * overwrite each other; every save is in the audit trail.
 */
@Service
public class ReportRecipients {

    private final ReportSettingsStore store;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final OrganisationManagement organisations;

    ReportRecipients(ReportSettingsStore store, CurrentUser currentUser, Validator validator,
            OrganisationManagement organisations) {
        this.store = store;
        this.currentUser = currentUser;
        this.validator = validator;
        this.organisations = organisations;
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public ReportSettings current() {
        var workingGroupId = currentUser.require().workingGroupId();
        return store.findById(workingGroupId).orElseGet(() -> new ReportSettings(workingGroupId));
    }

    /**
     * Saves the contacts and the schedule; switching the schedule on makes the user the one whose rights
     * the quarterly report is built with. Contacts of organisations of another group are refused.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public ReportSettings save(ReportSettings settings) {
        var user = currentUser.require();
        if (!user.workingGroupId().equals(settings.getId())) {
            throw new org.springframework.security.access.AccessDeniedException("settings of another working group");
        }
        var violations = validator.validate(settings);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        for (var contact : settings.getLeadershipContacts()) {
            // the leadership of member authorities only: the report judges the authorities' work (the evaluation)
            if (organisations.find(contact.organisationId())
                    .filter(found -> found.getMembership() == de.arbeitsgruppe.portal.organisation.Membership.MEMBER).isEmpty()) {
                throw new ReportRefused("organisation", "report.refused.organisation");
            }
        }
        if (settings.isQuarterly() && settings.getScheduledBy() == null) {
            settings.setScheduledBy(user.username());
            // switched on now: the first report by itself is the current quarter's, not a late one of the last
            settings.setClaimedQuarter(ReportPeriod.quarterBefore(de.arbeitsgruppe.portal.shared.Formats.today()).key());
        } else if (settings.isQuarterly()) {
            // whoever in the office saves takes the schedule over, so it never hangs on someone who left
            settings.setScheduledBy(user.username());
        } else {
            settings.setScheduledBy(null);
        }
        return VersionedSave.of(settings, () -> store.save(settings));
    }

    /**
     * Whose rights the quarterly report is built with, while that account is active and still in the
     * office of this group; empty means the schedule is stalled until someone in the office saves it.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Optional<PortalUser> scheduledAs() {
        var user = currentUser.require();
        return store.findById(user.workingGroupId()).filter(ReportSettings::isQuarterly)
                .flatMap(settings -> office(currentUser, settings));
    }

    static Optional<PortalUser> office(CurrentUser users, ReportSettings settings) {
        return users.describeActive(settings.getScheduledBy())
                .filter(user -> user.isCoordinatorOrAdmin() && user.workingGroupId().equals(settings.getId()));
    }

    /** Who receives a report of this scope: everyone named for the whole group, else the organisation's. */
    List<LeadershipContact> of(String workingGroupId, String organisationId) {
        return store.findById(workingGroupId).map(settings -> settings.contactsOf(organisationId)).orElse(List.of());
    }

    /** The groups whose office switched the quarterly report on: few documents, read by their ids' collection. */
    List<ReportSettings> scheduled() {
        return store.findAll().stream().filter(ReportSettings::isQuarterly).toList();
    }

    /** The job's claim of a quarter: false when another node or an earlier run claimed it. */
    boolean claim(ReportSettings settings, String quarter) {
        if (quarter.equals(settings.getClaimedQuarter())) {
            return false;
        }
        settings.setClaimedQuarter(quarter);
        try {
            VersionedSave.of(settings, () -> store.save(settings));
            return true;
        } catch (de.arbeitsgruppe.portal.shared.ConflictException claimedMeanwhile) {
            return false;
        }
    }
}
