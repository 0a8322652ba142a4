package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.load.LoadInserts;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bson.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Minutes of many meetings for the load test, written as the office's approval leaves them: the
 * minutes, notes per agenda item, numbered decisions and the approved version 1 (its content built
 * by the application, as the demo minutes do), or a draft the office may go on writing. Call it as the
 * working group's office (the content reads organisations and tasks as the current user), then
 * {@link #finish()} so the group's next decision continues the numbers.
 */
public final class BenchmarkProtocolData {

    private static final List<String> WORDINGS = List.of(
            "Die Agentur für Arbeit meldet freie Plätze in Berufssprachkursen monatlich an die Geschäftsstelle.",
            "Das Jobcenter benennt eine feste Ansprechperson für Anerkennungsverfahren.",
            "Die Kommune prüft Betreuungsangebote parallel zu Sprachkursen und berichtet.",
            "Fallzahlen zu Übergängen vom AsylbLG ins SGB II werden quartalsweise berichtet.",
            "Eine gemeinsame Ansprache von Handwerksbetrieben wird vorbereitet.");

    private final MongoTemplate mongo;
    private final ProtocolContents contents;
    private final DecisionDescriptions descriptions;
    private final PortalTranslations translations;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Random random = new Random(2027);
    private final List<Protocol> protocols = new ArrayList<>();
    private final List<ItemNotes> notes = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<ProtocolVersion> versions = new ArrayList<>();

    public BenchmarkProtocolData(ApplicationContext context) {
        this.mongo = context.getBean(MongoTemplate.class);
        this.contents = context.getBean(ProtocolContents.class);
        this.descriptions = context.getBean(DecisionDescriptions.class);
        this.translations = context.getBean(PortalTranslations.class);
    }

    /**
     * Approved minutes of each held meeting, approved in the following one of the list; the last
     * one's in {@code approvedInAfterLast}, or, when that is null, sent round for comments as the
     * latest minutes of a group are.
     */
    public void approved(List<Meeting> held, Meeting approvedInAfterLast, String officeName) {
        for (int i = 0; i < held.size(); i++) {
            var meeting = held.get(i);
            var next = i + 1 < held.size() ? held.get(i + 1) : approvedInAfterLast;
            var protocol = new Protocol(meeting.getId(), meeting.getWorkingGroupId(), meeting.getEnd());
            protocol.setChair(officeName);
            protocol.setMinuteTaker(null, officeName);
            var circulated = meeting.getEnd().plus(Duration.ofDays(2));
            protocol.setCirculatedAt(circulated.isAfter(Instant.now()) ? meeting.getEnd() : circulated);
            var itemNotes = notesOf(meeting, protocol, officeName);
            if (next == null) {
                protocol.setState(ProtocolState.CIRCULATING);
                protocol.setCommentDeadline(Formats.today().plusDays(7));
            } else {
                protocol.setState(ProtocolState.APPROVED);
                protocol.setCurrentVersion(1);
                protocol.setApprovedAt(next.getEnd());
                protocol.setApprovedInMeetingId(next.getId());
                protocol.setCommentDeadline(meeting.localStart().toLocalDate().plusDays(14));
            }
            var itemDecisions = decisionsOf(meeting, protocol);
            if (next != null) {
                var approvedIn = translations.getTranslation("protocol.approvedInLine", PortalTranslations.GERMAN,
                        next.getTitle(), Formats.date(next.localStart().toLocalDate()));
                var content = contents.of(meeting, protocol, itemNotes, itemDecisions,
                        new ProtocolContents.Approval(1, next.getEnd(), approvedIn, null));
                versions.add(new ProtocolVersion(protocol, 1, null, next.getEnd(), officeName, content));
            }
            protocols.add(protocol);
            notes.addAll(itemNotes);
            decisions.addAll(itemDecisions);
        }
    }

    /** Started minutes with notes on every item, still a draft: the office edits them. */
    public void draft(Meeting meeting, String minuteTaker, String minuteTakerName) {
        var protocol = new Protocol(meeting.getId(), meeting.getWorkingGroupId(), meeting.getStart().minus(Duration.ofDays(1)));
        protocol.setChair(minuteTakerName);
        protocol.setMinuteTaker(minuteTaker, minuteTakerName);
        protocols.add(protocol);
        notes.addAll(notesOf(meeting, protocol, minuteTakerName));
    }

    /** Writes what was gathered and moves each group's decision numbers past the ones used. */
    public int finish() {
        LoadInserts.insert(mongo, protocols, Protocol.class);
        LoadInserts.insert(mongo, notes, ItemNotes.class);
        LoadInserts.insert(mongo, decisions, Decision.class);
        LoadInserts.insert(mongo, versions, ProtocolVersion.class);
        numbers.forEach((key, last) -> mongo.upsert(new Query(Criteria.where("_id").is(key)),
                new Update().max("last", last), Document.class, "decisionNumbers"));
        var written = protocols.size();
        protocols.clear();
        notes.clear();
        decisions.clear();
        versions.clear();
        numbers.clear();
        return written;
    }

    private List<ItemNotes> notesOf(Meeting meeting, Protocol protocol, String by) {
        var list = new ArrayList<ItemNotes>();
        var agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            var itemNotes = new ItemNotes(meeting.getWorkingGroupId(), protocol.getId(), item.getId());
            itemNotes.setNotes("**" + item.getTitle() + "**: Die Beteiligten berichten vom Stand.\n\n"
                    + "- Agentur für Arbeit: Zahlen und freie Plätze\n- Jobcenter: Erfahrungen aus der Beratung\n"
                    + "- Kommune: Angebote vor Ort");
            if (i == 1) {
                itemNotes.setInternalNotes("Personalengpass wird intern weiter beobachtet.");
            }
            itemNotes.saved(meeting.getEnd(), by);
            list.add(itemNotes);
        }
        return list;
    }

    /** One or two decisions under the second item (the first when there is only one). */
    private List<Decision> decisionsOf(Meeting meeting, Protocol protocol) {
        var agenda = meeting.getAgenda();
        var item = agenda.get(Math.min(1, agenda.size() - 1));
        var year = meeting.localStart().getYear();
        var list = new ArrayList<Decision>();
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            var decision = new Decision(WORDINGS.get(random.nextInt(WORDINGS.size())),
                    random.nextInt(6) == 0 ? DecisionResult.NOTED : DecisionResult.ADOPTED);
            decision.setWorkingGroupId(meeting.getWorkingGroupId());
            decision.setProtocolId(protocol.getId());
            decision.setAgendaItemId(item.getId());
            decision.numbered(year, numbers.merge(meeting.getWorkingGroupId() + "/" + year, 1, Integer::sum));
            if (decision.getResult() == DecisionResult.ADOPTED) {
                decision.setVotesYes(8);
                decision.setVotesNo(0);
                decision.setAbstentions(1);
                decision.setAgreedOrganisationIds(Set.copyOf(meeting.getInvitedOrganisationIds()));
            }
            descriptions.describe(decision, meeting, protocol);
            list.add(decision);
        }
        return list;
    }
}
