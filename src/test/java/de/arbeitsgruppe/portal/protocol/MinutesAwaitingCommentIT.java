package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The start page's "Protokolle, die auf meine Anmerkungen warten": who may still comment on what. */
@SpringBootTest
@ActiveProfiles("test")
class MinutesAwaitingCommentIT {

    @Autowired
    ProtocolManagement protocols;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Protocols stored;

    @Test
    void offersMinutesSentRoundUntilTheEndOfTheirDeadlineNearestDeadlineFirst() {
        var today = Formats.today();
        var later = sentRound(today.plusDays(9));
        var sooner = sentRound(today);
        var passed = sentRound(today.minusDays(1));
        var draft = held();

        var waiting = asMember(protocols::awaitingComment);

        assertThat(ids(waiting)).contains(sooner.getId(), later.getId())
                .doesNotContain(passed.getId(), draft.getId());
        assertThat(ids(waiting).indexOf(sooner.getId())).isLessThan(ids(waiting).indexOf(later.getId()));
        assertThat(waiting).filteredOn(minutes -> minutes.meetingId().equals(later.getId())).singleElement()
                .satisfies(minutes -> {
                    assertThat(minutes.meetingTitle()).isEqualTo(later.getTitle());
                    assertThat(minutes.meetingStart()).isEqualTo(later.getStart());
                    assertThat(minutes.commentDeadline()).isEqualTo(today.plusDays(9));
                    assertThat(minutes.path()).isEqualTo("termine/" + later.getId() + "/protokoll");
                });
    }

    @Test
    void offersAPartnerOnlyMinutesOfMeetingsTheirOrganisationWasInvitedTo() {
        var invited = sentRound(Formats.today().plusDays(5));
        // partners see this meeting and read its minutes, but their organisation was not invited
        var open = AgendaFixtures.meeting("Ohne Partner " + suffix(), Formats.today().minusDays(3).atTime(9, 0), 60,
                new AgendaItem("Bericht", 30).markedPublic());
        open.setVisibility(Visibility.PARTNERS);
        var notInvited = asCoordinator(() -> meetings.create(open, null));
        asCoordinator(() -> protocols.start(notInvited.getId()));
        ProtocolFixtures.circulating(stored, notInvited.getId(), Formats.today().plusDays(5));

        var waiting = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, protocols::awaitingComment);

        assertThat(ids(waiting)).contains(invited.getId()).doesNotContain(notInvited.getId());
    }

    /** A session held a week ago with the Caritas invited, its minutes sent round until the deadline. */
    private Meeting sentRound(LocalDate deadline) {
        var meeting = held();
        ProtocolFixtures.circulating(stored, meeting.getId(), deadline);
        return meeting;
    }

    private Meeting held() {
        var meeting = ProtocolFixtures.heldSession(meetings, "Abstimmung " + suffix(), Formats.today().minusDays(7).atTime(10, 0));
        asCoordinator(() -> protocols.start(meeting.getId()));
        return meeting;
    }

    private static List<String> ids(List<MinutesAwaitingComment> waiting) {
        return waiting.stream().map(MinutesAwaitingComment::meetingId).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T asMember(Supplier<T> action) {
        return SignedIn.as(SignedIn.MEMBER, Role.MEMBER, action);
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
