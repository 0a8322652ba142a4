package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Header;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.People;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PublicMinutesTest {

    private static final String GROUP = "ag-musterstadt";
    private static final Instant START = Instant.parse("2026-11-24T13:00:00Z");

    @Test
    void anItemMadeInternalAgainIsNotInThePublicPdfEvenIfItTurnedPublicWhileAnEarlierPdfWasRendered() throws IOException {
        var meetings = mock(MeetingManagement.class);
        // the meeting as read one after the other: the second item is made public for a moment, then internal again
        var first = meeting("a1");
        var both = meeting("a1", "a2");
        var again = meeting("a1");
        when(meetings.publicMeeting("m-1")).thenReturn(Optional.of(first), Optional.of(both), Optional.of(again));
        var protocols = mock(Protocols.class);
        var protocol = new Protocol("m-1", GROUP, START);
        protocol.setCurrentVersion(1);
        when(protocols.findByIdAndWorkingGroupId("m-1", GROUP)).thenReturn(Optional.of(protocol));
        var versions = mock(ProtocolVersions.class);
        when(versions.findByIdAndWorkingGroupId("m-1/v1", GROUP)).thenReturn(Optional.of(new ProtocolVersion(protocol, 1, null,
                START, "Anna Koordination", content())));
        var properties = mock(PortalProperties.class);
        when(properties.workingGroupId()).thenReturn(GROUP);
        var minutes = new PublicMinutes(meetings, protocols, versions, properties);

        minutes.pdf("m-1");
        minutes.pdf("m-1");
        var afterItTurnedInternal = text(minutes.pdf("m-1").orElseThrow());

        assertThat(afterItTurnedInternal).contains("Begrüßung").doesNotContain("Fördermittel der Träger");
    }

    private static Meeting meeting(String... publicItems) {
        var agenda = java.util.Arrays.stream(publicItems).map(id -> {
            var item = new AgendaItem(id, 10);
            item.setId(id);
            item.setPublicItem(true);
            return item;
        }).toList();
        var meeting = mock(Meeting.class);
        when(meeting.getAgenda()).thenReturn(agenda);
        return meeting;
    }

    private static ProtocolContent content() {
        var header = new Header("Arbeitsgruppe Musterstadt", "5. Sitzung", "meeting.type.session", START,
                START.plusSeconds(7200), "Rathaus, Raum 2", "Clara Jobcenter", "Anna Koordination");
        var items = List.of(new Item("a1", 1, "Begrüßung", true, null, null, List.of()),
                new Item("a2", 2, "Fördermittel der Träger", true, "Noch nicht abgestimmt.", null, List.of()));
        return new ProtocolContent(header, People.none(), items, 1, START, null, null, false);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
