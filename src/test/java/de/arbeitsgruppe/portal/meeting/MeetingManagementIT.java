package de.arbeitsgruppe.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.internal.Meetings;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Data-level rules of meetings: who sees which meeting and how much of it, series with their rules
 * (one date or the rest, wall-clock times across summer time), and that bad or stale input never
 * reaches the database.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class MeetingManagementIT {

    private static final String CARITAS = "org-caritas-musterstadt";

    @Autowired
    MeetingManagement management;
    @Autowired
    Meetings meetings;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEvents events;

    @Test
    void doesNotGiveAPartnerAnInternalMeetingByItsGuessedId() {
        asPartner(() -> {
            assertThat(management.find(DemoMeetings.INTERFACE_TALK_ID)).isEmpty();
            assertThat(management.find("m-ag-sitzung-5")).isEmpty();
            assertThat(management.series(DemoMeetings.SERIES_ID)).isEmpty();
            assertThat(management.between(Instant.now().minus(400, ChronoUnit.DAYS), Instant.now().plus(400, ChronoUnit.DAYS)))
                    .isNotEmpty().noneMatch(meeting -> meeting.getVisibility() == Visibility.INTERNAL
                            && !meeting.isViewerInvited())
                    .extracting(Meeting::getId).doesNotContain(DemoMeetings.INTERFACE_TALK_ID);
            assertThat(management.list(false, null, 0, 1000)).extracting(Meeting::getId)
                    .doesNotContain(DemoMeetings.INTERFACE_TALK_ID).contains(DemoMeetings.PARTNER_MEETING_ID);
            return null;
        });
    }

    @Test
    void readsNoMoreThanSixteenMonthsOfMeetingsHoweverLongTheAskedPeriod() {
        var far = asCoordinator(() -> management.create(meeting(unique("Weit weg"), MeetingType.SESSION, 60), null));
        var now = Instant.now();

        var crafted = asCoordinator(() -> management.between(now, now.plus(36500, ChronoUnit.DAYS)));
        var around = asCoordinator(() -> management.between(far.getStart().minus(1, ChronoUnit.DAYS),
                far.getEnd().plus(1, ChronoUnit.DAYS)));

        assertThat(crafted).isNotEmpty().extracting(Meeting::getId).doesNotContain(far.getId());
        assertThat(crafted).allMatch(meeting -> meeting.getStart().isBefore(now.plus(MeetingManagement.MAX_PERIOD)));
        assertThat(around).extracting(Meeting::getId).contains(far.getId());
        assertThat(asCoordinator(() -> management.between(now, now.minus(1, ChronoUnit.DAYS)))).isEmpty();
    }

    @Test
    void answersACraftedPageOfTheListWithAtMostAThousandDatesFromTheFirst() {
        var page = asCoordinator(() -> management.list(false, null, -50, Integer.MAX_VALUE));
        var first = asCoordinator(() -> management.list(false, null, 0, 1));

        assertThat(page).hasSizeLessThanOrEqualTo(1000).first().extracting(Meeting::getId)
                .isEqualTo(first.getFirst().getId());
    }

    @Test
    void showsAPartnerAMeetingForPartnersWithoutInternalItemsAndInviteeLists() {
        var seen = asPartner(() -> management.find(DemoMeetings.PARTNER_MEETING_ID)).orElseThrow();

        assertThat(seen.getTitle()).isEqualTo("Austausch mit den Sprachkursträgern");
        assertThat(seen.getAgenda()).extracting(AgendaItem::getTitle)
                .containsExactly("Freie Plätze in Integrations- und Berufssprachkursen");
        assertThat(seen.getInvitedOrganisationIds()).isEmpty();
        assertThat(seen.getInvitedContactIds()).isEmpty();
        assertThat(seen.getGuests()).isEmpty();
        assertThat(seen.getInformedContactIds()).isEmpty();
        var stored = asCoordinator(() -> management.find(DemoMeetings.PARTNER_MEETING_ID)).orElseThrow();
        assertThat(stored.getAgenda()).hasSize(2);
        assertThat(stored.getInvitedOrganisationIds()).contains(CARITAS);
    }

    @Test
    void showsAPartnerAnInternalMeetingItsOrganisationIsInvitedTo() {
        var invited = meeting(unique("Fallbesprechung Caritas"), MeetingType.INTERFACE_TALK, 60);
        invited.setInvitedOrganisationIds(Set.of(CARITAS, "org-jobcenter-musterstadt"));
        var notInvited = meeting(unique("Interne Abstimmung"), MeetingType.INTERFACE_TALK, 60);
        var invitedId = asCoordinator(() -> management.create(invited, null)).getId();
        var notInvitedId = asCoordinator(() -> management.create(notInvited, null)).getId();

        asPartner(() -> {
            assertThat(management.find(invitedId)).get().satisfies(seen -> {
                assertThat(seen.getVisibility()).isEqualTo(Visibility.INTERNAL);
                assertThat(seen.getInvitedOrganisationIds()).isEmpty();
            });
            assertThat(management.find(notInvitedId)).isEmpty();
            assertThat(management.list(false, MeetingType.INTERFACE_TALK, 0, 1000)).extracting(Meeting::getId)
                    .contains(invitedId).doesNotContain(notInvitedId);
            return null;
        });
    }

    @Test
    void keepsAnotherWorkingGroupsMeetingsOutOfSightAndOutOfReach() {
        var foreign = meeting(unique("Sitzung anderswo"), MeetingType.SESSION, 60);
        foreign.setId("m-anderswo-" + UUID.randomUUID());
        foreign.setWorkingGroupId("ag-anderswo");
        foreign.setVisibility(Visibility.PUBLIC);
        meetings.save(foreign);

        asCoordinator(() -> {
            assertThat(management.find(foreign.getId())).isEmpty();
            assertThat(management.list(false, null, 0, 1000)).extracting(Meeting::getId).doesNotContain(foreign.getId());
            assertThat(management.between(foreign.getStart().minusSeconds(60), foreign.getEnd().plusSeconds(60)))
                    .extracting(Meeting::getId).doesNotContain(foreign.getId());
            assertThatThrownBy(() -> management.cancel(foreign.getId(), EditScope.THIS))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> management.update(foreign, EditScope.THIS)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(SignedIn.withNobody(() -> management.publicUpcoming(1000))).extracting(Meeting::getId)
                .doesNotContain(foreign.getId());
        assertThat(meetings.findById(foreign.getId()).orElseThrow().getState()).isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void cancelsOneDateOfASeriesAndKeepsTheOthers() {
        var first = asCoordinator(() -> management.create(meeting(unique("Jour fixe"), MeetingType.SESSION, 60),
                Recurrence.weekly(2, null, 4)));
        var dates = asCoordinator(() -> management.series(first.getSeriesId()));
        assertThat(dates).hasSize(4).extracting(Meeting::getUid).containsOnly(first.getUid());
        assertThat(dates.get(1).localStart()).isEqualTo(dates.get(0).localStart().plusWeeks(2));
        assertThat(asCoordinator(() -> management.seriesRule(first.getSeriesId()))).get()
                .satisfies(series -> assertThat(series.getRecurrence().rrule(series.getFirstStart(), Formats.ZONE))
                        .isEqualTo("FREQ=WEEKLY;INTERVAL=2;COUNT=4"));

        asCoordinator(() -> {
            management.cancel(dates.get(1).getId(), EditScope.THIS);
            return null;
        });

        assertThat(asCoordinator(() -> management.series(first.getSeriesId()))).extracting(Meeting::getState)
                .containsExactly(MeetingState.PLANNED, MeetingState.CANCELLED, MeetingState.PLANNED, MeetingState.PLANNED);
        assertThat(events.stream(MeetingsChanged.class))
                .containsExactly(new MeetingsChanged(List.of(dates.get(1).getId()), true));
    }

    @Test
    void movesTheLaterDatesOfASeriesToTheSameWallClockTimeAcrossTheChangeToSummerTime() {
        var summerTime = LocalDateTime.of(Formats.today().getYear() + 1, Month.MARCH, 1, 0, 0).toLocalDate()
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        var template = meeting(unique("Dienstagsrunde"), MeetingType.SESSION, 90);
        template.setLocalStart(summerTime.minusDays(12).atTime(10, 0));
        template.setLocalEnd(summerTime.minusDays(12).atTime(11, 30));
        var first = asCoordinator(() -> management.create(template, Recurrence.weekly(1, null, 4)));
        var before = asCoordinator(() -> management.series(first.getSeriesId()));
        assertThat(before).extracting(date -> date.localStart().toLocalTime()).containsOnly(LocalTime.of(10, 0));

        var changed = before.get(1);
        changed.setLocalStart(changed.localStart().with(LocalTime.of(15, 0)));
        changed.setLocalEnd(changed.localStart().plusMinutes(90));
        changed.setPlace("Rathaus");
        asCoordinator(() -> management.update(changed, EditScope.FOLLOWING));

        var after = asCoordinator(() -> management.series(first.getSeriesId()));
        assertThat(after.getFirst().localStart()).isEqualTo(before.getFirst().localStart());
        assertThat(after.getFirst().getPlace()).isNull();
        for (int i = 1; i < 4; i++) {
            assertThat(after.get(i).localStart()).isEqualTo(before.get(i).localStart().with(LocalTime.of(15, 0)));
            assertThat(after.get(i).localEnd()).isEqualTo(before.get(i).localStart().with(LocalTime.of(16, 30)));
            assertThat(after.get(i).getPlace()).isEqualTo("Rathaus");
        }
        // 15:00 in Berlin is 14:00 UTC in winter and 13:00 UTC in summer
        assertThat(after.get(1).getStart().atZone(ZoneOffset.UTC).getHour()).isEqualTo(14);
        assertThat(after.get(2).getStart().atZone(ZoneOffset.UTC).getHour()).isEqualTo(13);
        assertThat(events.stream(MeetingsChanged.class)).containsExactly(new MeetingsChanged(
                after.subList(1, 4).stream().map(Meeting::getId).toList(), false));
    }

    @Test
    void givesANewSessionTheThreeStandardAgendaItems() {
        var session = asCoordinator(() -> management.create(meeting(unique("Sitzung"), MeetingType.SESSION, 120), null));
        var event = asCoordinator(() -> management.create(meeting(unique("Infotag"), MeetingType.JOINT_EVENT, 120), null));

        assertThat(session.getAgenda()).extracting(AgendaItem::getTitle).containsExactly(
                "Genehmigung des Protokolls der letzten Sitzung", "Stand der Aufgaben", "Verschiedenes");
        assertThat(session.getAgenda()).allMatch(item -> item.getPlannedMinutes() == 10);
        assertThat(event.getAgenda()).isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStartAndStoresNothing() {
        var title = unique("Verdreht");
        var wrong = meeting(title, MeetingType.SESSION, 60);
        wrong.setEnd(wrong.getStart().minusSeconds(3600));
        long seriesBefore = mongo.count(new Query(), MeetingSeries.class);

        assertThatThrownBy(() -> asCoordinator(() -> management.create(wrong, Recurrence.weekly(1, null, 3))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> asCoordinator(() -> management.create(wrong, null)))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), Meeting.class)).isZero();
        assertThat(mongo.count(new Query(), MeetingSeries.class)).isEqualTo(seriesBefore);
    }

    @Test
    void refusesAGuestWithAnInvalidAddressOrAnOverlongAgendaItemAndStoresNothing() {
        var title = unique("Ungültig");
        var badGuest = meeting(title, MeetingType.JOINT_EVENT, 60);
        badGuest.setGuests(List.of(new Guest("Gabi Gast", null, "gabi.gast-at-example.org")));
        var longItem = meeting(title, MeetingType.JOINT_EVENT, 60);
        longItem.setAgenda(List.of(new AgendaItem("x".repeat(AgendaItem.MAX_TITLE + 1), 10)));

        assertThatThrownBy(() -> asCoordinator(() -> management.create(badGuest, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> asCoordinator(() -> management.create(longItem, null)))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), Meeting.class)).isZero();
    }

    @Test
    void aChangeKeepsTheStateWhichOnlySendingClosingAndCancellingSet() {
        var planned = asCoordinator(() -> management.create(meeting(unique("Stand"), MeetingType.SESSION, 60), null));
        planned.setState(MeetingState.HELD);
        planned.setPlace("Raum 12");

        var saved = asCoordinator(() -> management.update(planned, EditScope.THIS));

        assertThat(saved.getPlace()).isEqualTo("Raum 12");
        assertThat(saved.getState()).isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void tellsAPartnerNothingOfTheRuleOfAnInternalSeries() {
        assertThat(SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> management.seriesRule(DemoMeetings.SERIES_ID))).isEmpty();
        assertThat(asCoordinator(() -> management.seriesRule(DemoMeetings.SERIES_ID))).isPresent();
    }

    @Test
    void refusesToCancelAMeetingThatTookPlace() {
        var held = asCoordinator(() -> management.find("m-ag-sitzung-1")).orElseThrow();
        assertThat(held.getState()).isEqualTo(MeetingState.HELD);

        assertThatThrownBy(() -> asCoordinator(() -> {
            management.cancel(held.getId(), EditScope.THIS);
            return null;
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(asCoordinator(() -> management.find("m-ag-sitzung-1")).orElseThrow().getState())
                .isEqualTo(MeetingState.HELD);
    }

    @Test
    void refusesAChangeBasedOnAnOutdatedVersion() {
        var id = asCoordinator(() -> management.create(meeting(unique("Umstritten"), MeetingType.SESSION, 60), null)).getId();
        var mine = asCoordinator(() -> management.find(id)).orElseThrow();
        var theirs = asCoordinator(() -> management.find(id)).orElseThrow();
        theirs.setPlace("Raum A");
        asCoordinator(() -> management.update(theirs, EditScope.THIS));

        mine.setPlace("Raum B");
        assertThatThrownBy(() -> asCoordinator(() -> management.update(mine, EditScope.THIS)))
                .isInstanceOf(ConflictException.class);

        assertThat(asCoordinator(() -> management.find(id)).orElseThrow().getPlace()).isEqualTo("Raum A");
        assertThat(events.stream(MeetingsChanged.class)).containsExactly(new MeetingsChanged(List.of(id), false));
    }

    @Test
    void showsTheUpcomingPublicEventsToEveryoneWithNothingInternal() {
        var upcoming = SignedIn.withNobody(() -> management.publicUpcoming(1000));

        assertThat(upcoming).isNotEmpty().allMatch(meeting -> meeting.getVisibility() == Visibility.PUBLIC)
                .extracting(Meeting::getId).contains(DemoMeetings.PUBLIC_EVENT_ID)
                .doesNotContain(DemoMeetings.PARTNER_MEETING_ID, DemoMeetings.INTERFACE_TALK_ID);
        assertThat(upcoming).allSatisfy(meeting -> {
            assertThat(meeting.getGuests()).isEmpty();
            assertThat(meeting.getInvitedOrganisationIds()).isEmpty();
            assertThat(meeting.getInvitedContactIds()).isEmpty();
            assertThat(meeting.getAttendance()).isEmpty();
            assertThat(meeting.getAgenda()).allMatch(AgendaItem::isPublicItem);
        });
    }

    @Test
    void letsNeitherMembersNorPartnersPlanOrCancel() {
        var meeting = meeting(unique("Unbefugt"), MeetingType.SESSION, 60);

        assertThatThrownBy(() -> SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> management.create(meeting, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> {
            management.cancel(DemoMeetings.PARTNER_MEETING_ID, EditScope.THIS);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(asCoordinator(() -> management.find(DemoMeetings.PARTNER_MEETING_ID)).orElseThrow().getState())
                .isEqualTo(MeetingState.PLANNED);
    }

    /** A meeting on a Thursday two years ahead, so that the demo's next dates stay as they are. */
    private static Meeting meeting(String title, MeetingType type, int minutes) {
        var start = Formats.today().plusYears(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).atTime(9, 0);
        var meeting = new Meeting(type, title, null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusMinutes(minutes));
        meeting.setOrganiserOrganisationId("org-landkreis-musterstadt");
        return meeting;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static <T> T asPartner(Supplier<T> action) {
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, action);
    }
}
