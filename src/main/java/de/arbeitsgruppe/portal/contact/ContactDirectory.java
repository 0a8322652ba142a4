package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.contact.internal.Contacts;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.search.SearchQuery;
import de.arbeitsgruppe.portal.search.Synonyms;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.bson.Document;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The contact directory. Every read is limited to the user's working group and to the visibility
 * levels their role may see; coordinators and admins keep all entries, everyone else their own.
 */
@Service
public class ContactDirectory {

    private static final Sort DIRECTORY_ORDER = Sort.by("sortName", "_id");

    private final Contacts contacts;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final OrganisationManagement organisations;
    private final PortalTranslations translations;
    private final Synonyms synonyms;
    private final org.springframework.context.ApplicationEventPublisher events;

    ContactDirectory(Contacts contacts, MongoTemplate mongo, CurrentUser currentUser,
            OrganisationManagement organisations, PortalTranslations translations, Synonyms synonyms,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.contacts = contacts;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.translations = translations;
        this.synonyms = synonyms;
    }

    /** Entries in directory order; without their search words, which only the database needs. */
    @PreAuthorize("isAuthenticated()")
    public List<Contact> search(ContactQuery query, int offset, int limit) {
        var mongoQuery = new Query(criteria(query, currentUser.require(), synonyms.expand(query.text()))).with(DIRECTORY_ORDER)
                .skip(Limits.offset(offset)).limit(Limits.pageSize(limit));
        mongoQuery.fields().exclude("searchTokens");
        return mongo.find(mongoQuery, Contact.class);
    }

    /**
     * The directory's first page and the total in one round trip ({@code $facet}): the filter runs
     * once instead of twice, which halves the time of a search on the embedded server.
     */
    @PreAuthorize("isAuthenticated()")
    public ContactPage firstPage(ContactQuery query, int limit) {
        var pageStages = new AggregationOperation[] {Aggregation.sort(DIRECTORY_ORDER),
                Aggregation.limit(Math.max(1, Limits.pageSize(limit))),
                Aggregation.project().andExclude("searchTokens")};
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(criteria(query, currentUser.require(), synonyms.expand(query.text()))),
                Aggregation.facet(pageStages).as("page").and(Aggregation.count().as("total")).as("total"));
        var result = mongo.aggregate(aggregation, Contact.class, Document.class).getUniqueMappedResult();
        if (result == null) {
            return new ContactPage(List.of(), 0);
        }
        var contacts = result.getList("page", Document.class).stream()
                .map(document -> mongo.getConverter().read(Contact.class, document)).toList();
        var totals = result.getList("total", Document.class);
        long total = totals.isEmpty() ? 0 : ((Number) totals.getFirst().get("total")).longValue();
        return new ContactPage(contacts, total);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Contact> find(String id) {
        var user = currentUser.require();
        return id == null ? Optional.empty() : contacts.findByIdAndWorkingGroupId(id, user.workingGroupId())
                .filter(contact -> user.visibleLevels().contains(contact.getVisibility()));
    }

    /**
     * An entry for the portal's automatic mails, which run without a user (the review reminders of the
     * data-exchange register): the calling module names the entries from its own records, so nobody
     * chooses here whom a mail reaches. Limited to the working group.
     */
    public Optional<Contact> forAutomaticMail(String workingGroupId, String contactId) {
        return contactId == null || workingGroupId == null ? Optional.empty()
                : contacts.findByIdAndWorkingGroupId(contactId, workingGroupId);
    }

    /** The entry describing the logged-in user, if the coordinator linked one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Contact> ownEntry() {
        var user = currentUser.require();
        return contacts.findFirstByAccountUsernameAndWorkingGroupId(user.username(), user.workingGroupId());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit(Contact contact) {
        var user = currentUser.require();
        return user.isCoordinatorOrAdmin()
                || (contact.getId() != null && user.username().equals(contact.getAccountUsername()));
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Contact create(Contact contact) {
        if (contact.getId() != null) {
            throw new IllegalArgumentException("new contacts have no id");
        }
        contact.setLastConfirmed(Formats.today());
        return save(contact);
    }

    /** Saving counts as confirming: the person looked at the entry and stood by it. */
    @PreAuthorize("isAuthenticated()")
    public Contact update(Contact changed) {
        var stored = find(changed.getId()).orElseThrow(() -> new AccessDeniedException("unknown contact"));
        if (!mayEdit(stored)) {
            throw new AccessDeniedException("may not edit contact " + changed.getId());
        }
        if (!currentUser.require().isCoordinatorOrAdmin()) {
            // the person keeps their details; who may see the entry, the link to the account and the
            // organisation stay the coordinator's decision
            changed.setAccountUsername(stored.getAccountUsername());
            changed.setOrganisationId(stored.getOrganisationId());
            changed.setVisibility(stored.getVisibility());
        }
        changed.setLastConfirmed(Formats.today());
        var saved = save(changed);
        events.publishEvent(new ContactChanged(saved.getId(), saved.getWorkingGroupId()));
        return saved;
    }

    /**
     * "Still correct", said by the person the entry describes about the version they were shown:
     * if it changed since, they confirmed something else, which is a conflict.
     */
    @PreAuthorize("isAuthenticated()")
    public Contact confirmOwnEntry(Long shownVersion) {
        var own = ownEntry().orElseThrow(() -> new AccessDeniedException("no own entry"));
        if (!Objects.equals(own.getVersion(), shownVersion)) {
            throw new ConflictException();
        }
        own.setLastConfirmed(Formats.today());
        return save(own);
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<Contact> needingConfirmation() {
        return mongo.find(new Query(needingConfirmation(currentUser.require())).with(Sort.by("lastConfirmed", "sortName")),
                Contact.class);
    }

    /** How many entries wait for confirmation, for the office's start page: a count, not the entries. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public long countNeedingConfirmation() {
        return mongo.count(new Query(needingConfirmation(currentUser.require())), Contact.class);
    }

    private static Criteria needingConfirmation(PortalUser user) {
        var limit = Formats.today().minusMonths(Contact.CONFIRMATION_MONTHS);
        return Criteria.where("workingGroupId").is(user.workingGroupId())
                .orOperator(Criteria.where("lastConfirmed").is(null), Criteria.where("lastConfirmed").lt(limit));
    }

    /**
     * For the leadership report's attendance: the organisation of each of the named entries of the
     * user's working group (ids not found are left out). Staff only.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public java.util.Map<String, String> organisationsOf(java.util.Collection<String> contactIds) {
        var user = currentUser.require();
        var wanted = contactIds.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        var query = new Query(Criteria.where("workingGroupId").is(user.workingGroupId()).and("_id").in(wanted));
        query.fields().include("organisationId");
        var organisations = new java.util.HashMap<String, String>();
        mongo.find(query, Contact.class).forEach(contact -> organisations.put(contact.getId(), contact.getOrganisationId()));
        return organisations;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Contact> deputyCandidates(String organisationId) {
        return search(new ContactQuery(null, null, null, organisationId), 0, 500);
    }

    private Contact save(Contact contact) {
        var user = currentUser.require();
        var organisation = organisations.find(contact.getOrganisationId())
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation"));
        if (contact.getId() != null && contact.getId().equals(contact.getDeputyId())) {
            contact.setDeputyId(null);
        }
        contact.prepareSave(user.workingGroupId(), organisation.getName(), this::topicWords);
        return VersionedSave.of(contact, () -> contacts.save(contact));
    }

    String topicWords(Topic topic) {
        return translations.getTranslation(topic.translationKey(), PortalTranslations.GERMAN) + " "
                + translations.getTranslation(topic.translationKey(), PortalTranslations.ENGLISH);
    }

    /** The typed text with the synonyms of the office's list: "Bürgergeld" also finds "SGB II". */
    private static Criteria criteria(ContactQuery query, PortalUser user, SearchQuery text) {
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId());
        // a filter that lets every level through costs a check per entry on a server without indexes
        if (!user.visibleLevels().containsAll(EnumSet.allOf(Visibility.class))) {
            criteria.and("visibility").in(user.visibleLevels());
        }
        var textCriteria = text.criteria("searchTokens");
        if (textCriteria != null) {
            criteria.andOperator(textCriteria);
        }
        if (query.contactInterface() != null) {
            criteria.and("interfaces").is(query.contactInterface());
        }
        if (query.topic() != null) {
            criteria.and("topics").is(query.topic());
        }
        if (query.organisationId() != null) {
            criteria.and("organisationId").is(query.organisationId());
        }
        return criteria;
    }
}
