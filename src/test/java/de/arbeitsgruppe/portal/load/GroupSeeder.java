package de.arbeitsgruppe.portal.load;

import de.arbeitsgruppe.portal.contact.BenchmarkDirectoryData;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.load.LoadTestData.Scale;
import de.arbeitsgruppe.portal.meeting.BenchmarkMeetingData;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingSeries;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.offer.BenchmarkOfferData;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.organisation.Address;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.protocol.BenchmarkProtocolData;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.task.BenchmarkTaskData;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Writes the groups of {@link LoadTestData} in three passes: each group's directory, accounts,
 * meetings and offers; then the minutes, written as each group's office (their content lists the
 * group's organisations); then the tasks, last, because writing minutes reads a meeting's tasks and
 * the embedded database scans the whole task collection for that.
 */
final class GroupSeeder {

    private static final List<OrganisationKind> PROVIDER_KINDS = List.of(OrganisationKind.WOHLFAHRTSVERBAND,
            OrganisationKind.BILDUNGSTRAEGER, OrganisationKind.EHRENAMT);
    private static final List<String> OFFER_TITLES = List.of("Deutschkurs am Vormittag", "Sprachcafé für alle",
            "Integrationskurs allgemein", "Berufssprachkurs Pflege", "Deutsch für Mütter mit Kinderbetreuung",
            "Alphabetisierung am Abend", "Bewerbungstraining", "Sozialberatung", "Lerntreff Hausaufgaben",
            "Erstorientierung kompakt", "Jugendintegrationskurs", "Frauenkurs Deutsch", "Online-Deutsch am Abend");
    private static final List<String> MINUTES_ITEMS = List.of("Genehmigung des Protokolls der letzten Sitzung",
            "Übergänge vom AsylbLG ins SGB II: Fallzahlen", "Sprachkursplätze und Wartezeiten",
            "Anerkennung ausländischer Berufsabschlüsse", "Arbeitgeberansprache im Handwerk",
            "Kinderbetreuung während der Sprachkurse", "Mobilität im ländlichen Raum", "Verschiedenes");
    private static final String MARKERS = "meeting-change-markers";

    private final ApplicationContext context;
    private final MongoTemplate mongo;
    private final String home;
    private final Scale scale;
    private final LocalDate today = Formats.today();
    private final Instant now = Instant.now();
    private final BenchmarkProtocolData minutes;
    private LoadAccounts accounts;

    /** One group as the passes need it. */
    private record Group(int number, String id, String prefix, String office, String officeName,
            List<String> authorities, Map<String, String> names, List<String> providers, List<String> contacts,
            List<Meeting> meetings, List<Meeting> extraMinutes, List<Meeting> officeMeetings) {

        boolean isHome() {
            return number == 1;
        }
    }

    GroupSeeder(ApplicationContext context, String home, Scale scale) {
        this.context = context;
        this.mongo = context.getBean(MongoTemplate.class);
        this.home = home;
        this.scale = scale;
        this.minutes = new BenchmarkProtocolData(context);
    }

    void seed(int workingGroups) {
        accounts = new LoadAccounts(mongo, context.getBean(PasswordEncoder.class).encode(LoadIds.PASSWORD), scale);
        var groups = new ArrayList<Group>();
        for (int number = 1; number <= workingGroups; number++) {
            groups.add(directoryAndMeetings(number));
        }
        for (Group group : groups) {
            asOffice(group, () -> writeMinutes(group));
        }
        minutes.finish();
        for (Group group : groups) {
            writeTasks(group);
            BenchmarkOfferData.catalogueChanged(context, group.id());
            // as every save of a meeting does: nodes that rendered the group's public feed render it anew
            mongo.upsert(new Query(Criteria.where("_id").is(group.id())), new Update().inc("changes", 1), MARKERS);
        }
    }

    private Group directoryAndMeetings(int number) {
        var workingGroup = number == 1 ? home : LoadIds.otherGroup(number);
        var prefix = number == 1 ? LoadIds.HOME_PREFIX : workingGroup + "-";
        var organisations = BenchmarkDirectoryData.organisationsOfTown(workingGroup, number - 1);
        for (int i = 0; i < organisations.size(); i++) {
            organisations.get(i).setId(prefix + "org-" + (i + 1));
        }
        var names = new LinkedHashMap<String, String>();
        organisations.forEach(organisation -> names.put(organisation.getId(), organisation.getName()));
        var providers = new ArrayList<>(organisations.stream()
                .filter(organisation -> PROVIDER_KINDS.contains(organisation.getKind())).map(Organisation::getId).toList());
        List<String> authorities;
        if (number == 1) {
            authorities = List.of(LoadIds.KOMMUNE, LoadIds.AGENTUR, LoadIds.JOBCENTER);
            for (var provider : partnerOrganisations(workingGroup)) {
                organisations.add(provider);
                names.put(provider.getId(), provider.getName());
            }
            names.put(LoadIds.KOMMUNE, "Landkreis Musterstadt");
        } else {
            // the town's Landkreis, Agentur and Jobcenter (the first pattern is the town itself)
            authorities = List.of(organisations.get(1).getId(), organisations.get(2).getId(), organisations.get(3).getId());
        }
        LoadInserts.insert(mongo, organisations, Organisation.class);
        var directory = organisations.stream().limit(20).toList();
        var contacts = BenchmarkDirectoryData.contacts(context, directory, workingGroup, scale.contactsPerOrganisation(),
                number);
        for (int i = 0; i < contacts.size(); i++) {
            contacts.get(i).setId(prefix + "kontakt-" + (i + 1));
        }
        LoadInserts.insert(mongo, contacts, Contact.class);

        var office = number == 1 ? LoadIds.office(1) : LoadIds.officeOf(workingGroup);
        var officeName = number == 1 ? "Lasttest Koordination 1" : "Koordination " + workingGroup;
        accounts.write(number, workingGroup, authorities);

        var invited = new ArrayList<>(authorities);
        invited.addAll(providers.subList(0, Math.min(3, providers.size())));
        var data = new BenchmarkMeetingData(workingGroup, today, invited,
                Set.of(contacts.get(0).getId(), contacts.get(contacts.size() - 1).getId()), number);
        var meetings = data.twoYears(prefix + "termin-", scale.singleMeetings());
        var extraMinutes = new ArrayList<Meeting>();
        var officeMeetings = new ArrayList<Meeting>();
        if (number == 1) {
            for (int n = 1; n <= scale.minutesMeetings(); n++) {
                // before the group's latest session (at most four weeks back), in which the last of them was approved
                var start = today.minusDays(3L * (scale.minutesMeetings() - n) + 30).atTime(9 + n % 7, 0);
                extraMinutes.add(data.session(LoadIds.approvedMinutes(n), "Lasttest-Protokollsitzung " + n, start,
                        MINUTES_ITEMS.subList(0, 4 + n % 5)));
            }
            for (int n = 1; n <= scale.office(); n++) {
                // one every three days from two weeks ahead: a month view shows about ten of them, as a busy
                // group's calendar would, not all hundred in one fortnight
                var start = today.plusDays(14 + 3L * (n - 1)).atTime(9 + n % 8, 0);
                officeMeetings.add(data.session(LoadIds.officeMeeting(n), "Lasttest-Sitzung " + n, start,
                        MINUTES_ITEMS.subList(0, 4)));
            }
        }
        var all = new ArrayList<>(meetings);
        all.addAll(extraMinutes);
        all.addAll(officeMeetings);
        LoadInserts.insert(mongo, all, Meeting.class);
        LoadInserts.insert(mongo, List.of(data.seriesRule()), MeetingSeries.class);

        var group = new Group(number, workingGroup, prefix, office, officeName, authorities, names, providers,
                contacts.stream().map(Contact::getId).toList(), meetings, extraMinutes, officeMeetings);
        writeOffers(group);
        return group;
    }

    /** The organisations of the load test's partner accounts, two accounts each. */
    private List<Organisation> partnerOrganisations(String workingGroup) {
        var providers = new ArrayList<Organisation>();
        for (int p = 1; p <= scale.partnerOrganisations(); p++) {
            var provider = new Organisation("Lasttest-Sprachschule " + p, "Sprachschule " + p,
                    OrganisationKind.BILDUNGSTRAEGER, Membership.PARTNER);
            provider.setId(LoadIds.providerOrganisation(p));
            provider.setAddress(new Address("Schulstraße " + p, "12345", "Musterstadt"));
            provider.setEmail("kurse@sprachschule-" + p + ".example");
            provider.placeIn(workingGroup);
            providers.add(provider);
        }
        return providers;
    }

    private void writeOffers(Group group) {
        var districtList = mongo.findById(group.id(), DistrictList.class);
        if (districtList == null) {
            districtList = new DistrictList(group.id(), IntStream.rangeClosed(1, 6)
                    .mapToObj(k -> new District(group.prefix() + "d-" + k, "Ortsteil " + k)).toList());
            mongo.insert(districtList);
        }
        var districtIds = districtList.getDistricts().stream().map(District::getId).toList();
        var random = new Random(group.number() * 31L);
        var offers = new ArrayList<Offer>();
        for (int n = 1; n <= scale.offers(); n++) {
            var provider = random.nextInt(group.providers().size());
            var providerId = group.providers().get(provider);
            var offer = BenchmarkOfferData.offer(random, group.prefix() + "bestand-angebot-" + n, group.id(), provider,
                    providerId, group.names().get(providerId), OFFER_TITLES, "", today, now, districtIds);
            offers.add(BenchmarkOfferData.reviewed(offer, random.nextInt(100) < 85, group.office()));
        }
        if (group.isHome()) {
            for (int p = 1; p <= scale.partnerOrganisations(); p++) {
                for (int k = 1; k <= 2; k++) {
                    var providerId = LoadIds.providerOrganisation(p);
                    var offer = BenchmarkOfferData.offer(random, LoadIds.providerOffer(p, k), group.id(), p, providerId,
                            group.names().get(providerId), OFFER_TITLES, " (Lasttest " + p + "-" + k + ")", today, now,
                            districtIds);
                    // running now, so the catalogue lists them; places and free places, which the partner updates
                    offer.getDetails().setStart(today.minusDays(10 + p % 20));
                    offer.getDetails().setEnd(today.plusDays(150 + 10L * k));
                    offer.setFreePlaces(2 + (p + k) % 8);
                    offers.add(BenchmarkOfferData.reviewed(offer, true, group.office()));
                }
            }
        }
        BenchmarkOfferData.insert(mongo, offers);
    }

    private void writeMinutes(Group group) {
        var held = group.meetings().stream().filter(meeting -> meeting.getState() == MeetingState.HELD).toList();
        // the latest minutes are out for comments; the load test's older ones were approved in that meeting
        minutes.approved(held, null, group.officeName());
        if (!group.extraMinutes().isEmpty()) {
            minutes.approved(group.extraMinutes(), held.getLast(), group.officeName());
        }
        for (int n = 1; n <= group.officeMeetings().size(); n++) {
            minutes.draft(group.officeMeetings().get(n - 1), LoadIds.office(n), "Lasttest Koordination " + n);
        }
    }

    private void writeTasks(Group group) {
        var owners = new LinkedHashMap<String, String>();
        group.authorities().forEach(id -> owners.put(id, group.names().getOrDefault(id, id)));
        group.providers().forEach(id -> owners.put(id, group.names().get(id)));
        var tasks = new ArrayList<>(BenchmarkTaskData.ofTwoYears(group.id(), group.prefix() + "bestand-aufgabe-", today,
                scale.tasks(), owners, group.office(), group.number()));
        if (group.isHome()) {
            var columns = List.of(TaskStatus.OPEN, TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS,
                    TaskStatus.DONE, TaskStatus.OPEN);
            for (int n = 1; n <= scale.office(); n++) {
                for (int k = 1; k <= columns.size(); k++) {
                    // under the office user's own meeting: aufgaben/tafel?sitzung=last-sitzung-N shows just these six
                    var task = BenchmarkTaskData.task(LoadIds.officeTask(n, k), group.id(), "Lasttest-Aufgabe " + n + "-" + k,
                            columns.get(k - 1), LoadIds.KOMMUNE, "Landkreis Musterstadt", today.plusDays(7 + k),
                            LoadIds.office(n), now.minusSeconds(86_400L * 10), today);
                    tasks.add(BenchmarkTaskData.fromMeeting(task, group.officeMeetings().get(n - 1), 1));
                }
            }
        }
        BenchmarkTaskData.insert(mongo, tasks);
    }

    private void asOffice(Group group, Runnable action) {
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                group.office(), null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
