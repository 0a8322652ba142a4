package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.DemoMeetings;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.internal.DecisionNumbers;
import de.arbeitsgruppe.portal.protocol.internal.Decisions;
import de.arbeitsgruppe.portal.protocol.internal.NotesOfItems;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.task.DemoTasks;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo minutes, seeded once in demo mode: approved minutes (version 1) of the ten earlier sessions
 * and of the first session of the series, each approved in the next session, with notes and
 * decisions, so the register holds a year of decisions; the minutes of the last held session are
 * out for comments. Written as the demo coordinator, who in the demo story wrote them.
 */
@Component
@Order(50)
class DemoProtocols implements ApplicationRunner {

    static final String DEMO_COORDINATOR = "anna.koordination";
    private static final String SERIES_PREFIX = "m-ag-sitzung-";
    private static final List<List<String>> DECISIONS = List.of(
            List.of("Die Arbeitsgruppe legt für das Jahr die Schwerpunkte Sprache, Anerkennung und Ausbildung fest."),
            List.of("Die Agentur für Arbeit meldet freie Plätze in Berufssprachkursen monatlich an die Geschäftsstelle.",
                    "Wartezeiten über acht Wochen werden in der nächsten Sitzung gesondert beraten."),
            List.of("Das Jobcenter benennt eine feste Ansprechperson für Anerkennungsverfahren."),
            List.of("Die Jobbörse für Geflüchtete findet im Frühjahr im Kreishaus statt."),
            List.of("Die Kommune prüft Betreuungsangebote parallel zu Sprachkursen und berichtet."),
            List.of("Übergänge in Ausbildung werden mit der Handwerkskammer abgestimmt."),
            List.of("Die Fallzahlen des ersten Halbjahres werden zur Kenntnis genommen."),
            List.of("Eine gemeinsame Ansprache von Handwerksbetrieben wird vertagt."),
            List.of("Die Kommune beantragt Fahrtkostenzuschüsse für Kursteilnehmende im ländlichen Raum."),
            List.of("Die Zusammenarbeit wird im Herbst mit einem Fragebogen bewertet."),
            List.of("Fallzahlen zu Übergängen vom AsylbLG ins SGB II werden quartalsweise berichtet."),
            List.of("Der Jahresbericht an die Leitungsebene wird im Januar vorgelegt."));
    private static final List<DecisionResult> RESULTS = List.of(DecisionResult.ADOPTED, DecisionResult.ADOPTED,
            DecisionResult.ADOPTED, DecisionResult.ADOPTED, DecisionResult.ADOPTED, DecisionResult.ADOPTED,
            DecisionResult.NOTED, DecisionResult.POSTPONED, DecisionResult.ADOPTED, DecisionResult.ADOPTED,
            DecisionResult.ADOPTED, DecisionResult.ADOPTED);

    private final PortalProperties properties;
    private final MeetingManagement meetings;
    private final Protocols protocols;
    private final NotesOfItems notes;
    private final Decisions decisions;
    private final ProtocolVersions versions;
    private final DecisionNumbers numbers;
    private final DecisionDescriptions descriptions;
    private final ProtocolContents contents;
    private final PortalTranslations translations;
    private final DemoTasks demoTasks;

    DemoProtocols(PortalProperties properties, MeetingManagement meetings, Protocols protocols, NotesOfItems notes,
            Decisions decisions, ProtocolVersions versions, DecisionNumbers numbers, DecisionDescriptions descriptions,
            ProtocolContents contents, PortalTranslations translations, DemoTasks demoTasks) {
        this.properties = properties;
        this.meetings = meetings;
        this.protocols = protocols;
        this.notes = notes;
        this.decisions = decisions;
        this.versions = versions;
        this.numbers = numbers;
        this.descriptions = descriptions;
        this.contents = contents;
        this.translations = translations;
        this.demoTasks = demoTasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || protocols.existsById(SERIES_PREFIX + 1)) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                DEMO_COORDINATOR, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        try {
            seed();
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void seed() {
        var sessions = new ArrayList<Meeting>();
        for (int i = 1; i <= DemoMeetings.ARCHIVE_SESSIONS; i++) {
            meetings.find(DemoMeetings.ARCHIVE_ID_PREFIX + i).ifPresent(sessions::add);
        }
        meetings.find(SERIES_PREFIX + 1).ifPresent(sessions::add);
        meetings.find(SERIES_PREFIX + 2).ifPresent(sessions::add);
        for (int i = 0; i < sessions.size(); i++) {
            var meeting = sessions.get(i);
            var protocol = new Protocol(meeting.getId(), properties.workingGroupId(), meeting.getEnd());
            protocol.setChair("Anna Koordination");
            protocol.setMinuteTaker("bernd.agentur", "Bernd Agentur");
            writeItems(meeting, protocol, DECISIONS.get(i % DECISIONS.size()), RESULTS.get(i % RESULTS.size()), i);
            var last = i == sessions.size() - 1;
            if (last) {
                protocol.setState(ProtocolState.CIRCULATING);
                protocol.setCirculatedAt(meeting.getEnd().plus(Duration.ofDays(2)));
                protocol.setCommentDeadline(Formats.today().plusDays(7));
                protocols.save(protocol);
            } else {
                approve(meeting, protocol, sessions.get(i + 1));
            }
            descriptions.refresh(meeting, protocols.findById(protocol.getId()).orElseThrow());
        }
    }

    private void writeItems(Meeting meeting, Protocol protocol, List<String> wordings, DecisionResult result,
            int session) {
        var agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            var item = agenda.get(i);
            var itemNotes = new ItemNotes(properties.workingGroupId(), protocol.getId(), item.getId());
            itemNotes.setNotes(i == 0 ? "Das Protokoll der letzten Sitzung wird ohne Änderungen genehmigt."
                    : "**" + item.getTitle() + "**: Die Beteiligten berichten vom Stand.\n\n"
                            + "- Agentur für Arbeit: Zahlen und freie Plätze\n- Jobcenter: Erfahrungen aus der Beratung\n"
                            + "- Kommune: Angebote vor Ort");
            if (i == 1) {
                itemNotes.setInternalNotes("Personalengpass im Jobcenter wird intern weiter beobachtet.");
            }
            itemNotes.saved(meeting.getEnd(), "Bernd Agentur");
            notes.save(itemNotes);
        }
        var topic = agenda.get(1);
        var year = meeting.localStart().getYear();
        for (String wording : wordings) {
            var decision = new Decision(wording, result);
            decision.setWorkingGroupId(properties.workingGroupId());
            decision.setProtocolId(protocol.getId());
            decision.setAgendaItemId(topic.getId());
            decision.numbered(year, numbers.next(properties.workingGroupId(), year));
            if (result == DecisionResult.ADOPTED) {
                decision.setVotesYes(8);
                decision.setVotesNo(0);
                decision.setAbstentions(1);
                decision.setAgreedOrganisationIds(Set.of("org-landkreis-musterstadt", "org-agentur-musterstadt",
                        "org-jobcenter-musterstadt"));
            }
            descriptions.describe(decision, meeting, protocol);
            var saved = decisions.save(decision);
            if (wording.equals(wordings.getFirst())) {
                demoTasks.fromDecision(meeting, topic.getId(), saved.getId(), saved.getNumber(), session);
            }
        }
    }

    private void approve(Meeting meeting, Protocol protocol, Meeting next) {
        var approvedAt = next.getEnd();
        var approvedIn = translations.getTranslation("protocol.approvedInLine", PortalTranslations.GERMAN,
                next.getTitle(), Formats.date(next.localStart().toLocalDate()));
        protocol.setState(ProtocolState.APPROVED);
        protocol.setCurrentVersion(1);
        protocol.setApprovedAt(approvedAt);
        protocol.setApprovedInMeetingId(next.getId());
        protocol.setCommentDeadline(meeting.localStart().toLocalDate().plusDays(14));
        protocol.setCirculatedAt(meeting.getEnd().plus(Duration.ofDays(2)));
        var saved = protocols.save(protocol);
        var content = contents.of(meeting, saved, notes.findByProtocolIdAndWorkingGroupId(saved.getId(),
                properties.workingGroupId()), decisions.findByProtocolIdAndWorkingGroupIdOrderBySequence(saved.getId(),
                properties.workingGroupId()), new ProtocolContents.Approval(1, approvedAt, approvedIn, null));
        versions.save(new ProtocolVersion(saved, 1, null, approvedAt, "Anna Koordination", content));
    }
}
