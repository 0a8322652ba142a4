package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.shared.text.SpreadsheetCells;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.search.Synonyms;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The register of every decision the working group took ("Beschlusssammlung"), newest first, read
 * from the decisions' own copies of meeting and item, so one collection answers. Members read all
 * decisions; partners those of public items of meetings open to partners, or of public items of
 * meetings their organisation was invited to, and never those of minutes still in draft.
 */
@Service
public class DecisionRegister {

    /** Rows of the CSV file at most: more than the group decides in many years. */
    public static final int MAX_EXPORT = 10_000;
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("sequence"));

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final Synonyms synonyms;
    private final OrganisationManagement organisations;
    private final PortalTranslations translations;

    DecisionRegister(MongoTemplate mongo, CurrentUser currentUser, Synonyms synonyms,
            OrganisationManagement organisations, PortalTranslations translations) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.synonyms = synonyms;
        this.organisations = organisations;
        this.translations = translations;
    }

    /** One page of the decisions the filter finds, newest first; without their search words, which only the database needs. */
    @PreAuthorize("isAuthenticated()")
    public List<Decision> search(DecisionFilter filter, int offset, int limit) {
        var query = query(filter, currentUser.require()).skip(Limits.offset(offset)).limit(Limits.pageSize(limit));
        return mongo.find(query, Decision.class);
    }

    /**
     * For the leadership report: how many decisions of each result the working group took in meetings
     * that began in the period, drafts of minutes included. One aggregation over the group's decisions.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public Map<DecisionResult, Long> countByResult(java.time.Instant from, java.time.Instant to) {
        var criteria = Criteria.where("workingGroupId").is(currentUser.require().workingGroupId())
                .and("meetingStart").gte(from).lt(to);
        var aggregation = org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation(
                org.springframework.data.mongodb.core.aggregation.Aggregation.match(criteria),
                org.springframework.data.mongodb.core.aggregation.Aggregation.group("result").count().as("count"));
        var counts = new java.util.EnumMap<DecisionResult, Long>(DecisionResult.class);
        for (var result : DecisionResult.values()) {
            counts.put(result, 0L);
        }
        mongo.aggregate(aggregation, Decision.class, org.bson.Document.class).getMappedResults().forEach(row -> {
            if (row.get("_id") != null) {
                counts.put(DecisionResult.valueOf(row.get("_id").toString()), ((Number) row.get("count")).longValue());
            }
        });
        return counts;
    }

    /** The years the user has decisions in, newest first: the choices of the year filter. */
    @PreAuthorize("isAuthenticated()")
    public List<Integer> years() {
        var query = new Query(criteria(DecisionFilter.ALL, currentUser.require()));
        return mongo.findDistinct(query, "year", Decision.class, Integer.class).stream()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The decisions the filter finds as CSV for a spreadsheet, in the user's language: semicolons and
     * a byte-order mark, as German Excel expects; at most {@link #MAX_EXPORT} rows, and a last line
     * that says so when the list was cut.
     */
    @PreAuthorize("isAuthenticated()")
    public void csv(DecisionFilter filter, Writer out) {
        var user = currentUser.require();
        var names = organisations.summaries().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (one, other) -> one,
                        LinkedHashMap::new));
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, format);
            csv.printRecord(Stream.of("number", "date", "meeting", "item", "wording", "result", "votes", "organisations")
                    .map(column -> text(user, "protocol.register.column." + column)).toList());
            var rows = 0;
            try (Stream<Decision> decisions = mongo.stream(query(filter, user).limit(MAX_EXPORT), Decision.class)) {
                for (var iterator = decisions.iterator(); iterator.hasNext(); rows++) {
                    csv.printRecord(row(iterator.next(), user, names));
                }
            }
            if (rows >= MAX_EXPORT) {
                // said in the file itself, so nobody takes a cut list for the whole register
                csv.printRecord(text(user, "protocol.register.csv.cutOff", MAX_EXPORT));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(DecisionFilter filter, PortalUser user) {
        var query = new Query(criteria(filter, user)).with(NEWEST_FIRST);
        query.fields().exclude("words");
        return query;
    }

    private Criteria criteria(DecisionFilter filter, PortalUser user) {
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId());
        var conditions = new ArrayList<Criteria>();
        if (!user.isInternal()) {
            // a draft is the writers' own, and what the office corrects is not approved yet
            criteria.and("protocolState").in(ProtocolState.CIRCULATING, ProtocolState.APPROVED);
            conditions.add(partnerVisibility(user));
        }
        var words = synonyms.expand(filter.text()).criteria("words");
        if (words != null) {
            conditions.add(words);
        }
        if (filter.year() != null) {
            criteria.and("year").is(filter.year());
        }
        if (filter.result() != null) {
            criteria.and("result").is(filter.result());
        }
        if (filter.meetingType() != null) {
            criteria.and("meetingType").is(filter.meetingType());
        }
        if (filter.organisationId() != null) {
            criteria.and("agreedOrganisationIds").is(filter.organisationId());
        }
        if (!conditions.isEmpty()) {
            criteria.andOperator(conditions);
        }
        return criteria;
    }

    /** Public items of meetings open to partners, and public items of meetings the partner's organisation was invited to. */
    private static Criteria partnerVisibility(PortalUser user) {
        return new Criteria().orOperator(Criteria.where("partnerVisible").is(true),
                Criteria.where("publicItem").is(true).and("invitedOrganisationIds").is(user.organisationId()));
    }

    private Object[] row(Decision decision, PortalUser user, Map<String, String> names) {
        var date = decision.getMeetingStart() == null ? ""
                : Formats.date(decision.getMeetingStart().atZone(Formats.ZONE).toLocalDate());
        // in the order of the names, as the organisations list shows them
        var agreed = names.entrySet().stream().filter(name -> decision.getAgreedOrganisationIds().contains(name.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.joining(", "));
        var votes = decision.getVotesYes() == null && decision.getVotesNo() == null && decision.getAbstentions() == null
                ? "" : text(user, "protocol.register.votes", count(decision.getVotesYes()), count(decision.getVotesNo()),
                        count(decision.getAbstentions()));
        return SpreadsheetCells.of(decision.getNumber(), date, decision.getMeetingTitle(),
                text(user, "protocol.register.item", decision.getItemNumber(), Objects.toString(decision.getItemTitle(), "")),
                decision.getWording(), decision.getResult() == null ? "" : text(user, decision.getResult().translationKey()),
                votes, agreed);
    }

    private String text(PortalUser user, String key, Object... parameters) {
        return translations.getTranslation(key, user.locale(), parameters);
    }

    private static int count(Integer votes) {
        return votes == null ? 0 : votes;
    }
}
