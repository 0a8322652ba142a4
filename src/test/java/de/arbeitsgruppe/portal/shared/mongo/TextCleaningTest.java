package de.arbeitsgruppe.portal.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.organisation.Address;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleaningTest {

    private final TextCleaning cleaning = new TextCleaning();

    @Test
    void storesAnOrganisationNameWithACarriageReturnAsOneLine() {
        var organisation = new Organisation("Caritas\rX-INJECTED:1", "Caritas\t", OrganisationKind.WOHLFAHRTSVERBAND,
                Membership.PARTNER);
        var address = new Address();
        address.setCity("Muster\u0000stadt");
        organisation.setAddress(address);
        organisation.setDescription("Erste Zeile\r\nZweite Zeile\u0007");
        organisation.setAreasOfWork(List.of("Sprach\rkurse"));

        cleaning.onBeforeConvert(organisation, "organisations");

        assertThat(organisation.getName()).isEqualTo("Caritas X-INJECTED:1");
        assertThat(organisation.getAddress().getCity()).isEqualTo("Muster stadt");
        assertThat(organisation.getDescription()).isEqualTo("Erste Zeile\nZweite Zeile");
        assertThat(organisation.getAreasOfWork()).containsExactly("Sprach kurse");
    }

    @Test
    void cleansTheTitleGuestsAndAgendaOfAMeetingButKeepsTheLinesOfDescriptions() {
        var meeting = new Meeting(MeetingType.JOINT_EVENT, "Austausch\rX-INJECTED:1", null, null);
        meeting.setDescription("Zeile 1\rZeile 2");
        meeting.setGuests(List.of(new Guest("Petra\nLange", "IHK\rMusterstadt", "petra@ihk.example")));
        var item = new AgendaItem("Begrüßung", 10);
        item.setPresenter("Bernd\u0085Agentur");
        item.setDescription("a\r\nb");
        meeting.setAgenda(List.of(item));

        cleaning.onBeforeConvert(meeting, "meetings");

        assertThat(meeting.getTitle()).isEqualTo("Austausch X-INJECTED:1");
        assertThat(meeting.getDescription()).isEqualTo("Zeile 1\nZeile 2");
        assertThat(meeting.getGuests().getFirst().getName()).isEqualTo("Petra Lange");
        assertThat(meeting.getGuests().getFirst().getOrganisation()).isEqualTo("IHK Musterstadt");
        assertThat(meeting.getAgenda().getFirst().getPresenter()).isEqualTo("Bernd Agentur");
        assertThat(meeting.getAgenda().getFirst().getDescription()).isEqualTo("a\nb");
    }
}
