package de.arbeitsgruppe.portal.organisation;

import de.arbeitsgruppe.portal.organisation.internal.Organisations;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading and keeping organisation profiles. Everything is scoped to the current user's working
 * group; coordinators and admins edit every profile, a partner only its own.
 */
@Service
public class OrganisationManagement {

    private static final Sort BY_NAME = Sort.by("name");

    private final Organisations organisations;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OrganisationManagement(Organisations organisations, MongoTemplate mongo, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Organisation> search(String text, Set<OrganisationKind> kinds) {
        var criteria = Criteria.where("workingGroupId").is(workingGroup());
        var tokens = Texts.queryTokens(text);
        if (!tokens.isEmpty()) {
            criteria.andOperator(tokens.stream()
                    .map(token -> Criteria.where("searchTokens").regex("^" + Pattern.quote(token)))
                    .toArray(Criteria[]::new));
        }
        if (kinds != null && !kinds.isEmpty()) {
            criteria.and("kind").in(kinds);
        }
        return mongo.find(new Query(criteria).with(BY_NAME), Organisation.class);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Organisation> find(String id) {
        return id == null ? Optional.empty() : organisations.findByIdAndWorkingGroupId(id, workingGroup());
    }

    @PreAuthorize("isAuthenticated()")
    public List<OrganisationSummary> summaries() {
        return organisations.findByWorkingGroupId(workingGroup(), BY_NAME).stream()
                .map(Organisation::summary).toList();
    }

    /** For login mapping, before a portal user exists: no user check, working group given. */
    public Optional<OrganisationSummary> findByAlias(String alias, String workingGroupId) {
        return organisations.findByAliasAndWorkingGroupId(alias, workingGroupId).map(Organisation::summary);
    }

    /**
     * The member authorities of a working group, by name, for everyone (the OParl interface): they
     * are the group's public face; partners are not named there.
     */
    public List<OrganisationSummary> publicMembers(String workingGroupId) {
        return organisations.findByWorkingGroupId(workingGroupId, BY_NAME).stream()
                .filter(organisation -> organisation.getMembership() == Membership.MEMBER)
                .map(Organisation::summary).toList();
    }

    /** For login, before a portal user exists: the display name of an organisation of that group. */
    public Optional<String> nameOf(String organisationId, String workingGroupId) {
        return organisationId == null ? Optional.empty()
                : organisations.findByIdAndWorkingGroupId(organisationId, workingGroupId).map(Organisation::getName);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit(Organisation organisation) {
        var user = currentUser.require();
        return user.isCoordinatorOrAdmin()
                || (user.has(de.arbeitsgruppe.portal.shared.Role.PARTNER) && organisation.getId() != null
                        && user.belongsTo(organisation.getId()));
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Organisation create(Organisation organisation) {
        if (organisation.getId() != null) {
            throw new IllegalArgumentException("new organisations have no id");
        }
        organisation.placeIn(workingGroup());
        return organisations.save(organisation);
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','PARTNER')")
    public Organisation update(Organisation changed) {
        var stored = find(changed.getId()).orElseThrow(() -> new AccessDeniedException("unknown organisation"));
        if (!mayEdit(stored)) {
            throw new AccessDeniedException("may not edit organisation " + changed.getId());
        }
        if (!currentUser.require().isCoordinatorOrAdmin()) {
            // a partner keeps its profile, but does not promote itself to a member authority
            changed.setKind(stored.getKind());
            changed.setMembership(stored.getMembership());
            changed.setAlias(stored.getAlias());
        }
        changed.placeIn(stored.getWorkingGroupId());
        var saved = VersionedSave.of(changed, () -> organisations.save(changed));
        if (!Objects.equals(stored.getName(), saved.getName())
                || !Objects.equals(stored.getShortName(), saved.getShortName())) {
            events.publishEvent(new OrganisationRenamed(saved.getId(), saved.getName(), saved.getShortName()));
        }
        return saved;
    }

    private String workingGroup() {
        return currentUser.require().workingGroupId();
    }

}
