package de.arbeitsgruppe.portal.protocol.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.DecisionRegister;
import de.arbeitsgruppe.portal.protocol.RegisterDecisions;
import de.arbeitsgruppe.portal.protocol.internal.Decisions;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The "Beschlusssammlung" as its readers use it. Each test's decisions are in a year of their own far
 * ahead, chosen in the year filter, so decisions of other tests never show.
 */
@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class DecisionRegisterViewTest extends ViewTest {

    private static final int NUMBER = 0;
    private static final int DATE = 1;
    private static final int MEETING = 2;
    private static final int ITEM = 3;
    private static final int WORDING = 4;
    private static final int RESULT = 5;
    private static final AtomicInteger YEARS = new AtomicInteger(ThreadLocalRandom.current().nextInt(5000, 8000));

    @Autowired
    Decisions decisions;
    @Autowired
    DecisionRegister register;
    @Autowired
    PortalProperties properties;
    @Autowired
    MongoTemplate mongo;

    private int year;
    private Decision courses;
    private Decision infoDay;

    @BeforeEach
    void twoDecisionsOfAYearOfTheirOwn() {
        year = YEARS.getAndIncrement();
        courses = RegisterDecisions.approved(properties.workingGroupId(), year, 1,
                "Die Arbeitsgruppe empfiehlt Sprachkurse am Abend; die Träger werden informiert.", "Sprachkurse");
        courses.setVotesYes(7);
        courses.setVotesNo(1);
        courses.setAbstentions(2);
        courses = decisions.save(courses);
        infoDay = decisions.save(RegisterDecisions.approved(properties.workingGroupId(), year, 2,
                "Der Informationstag für Arbeitgeber findet im Herbst statt.", "Veranstaltungen"));
    }

    @Test
    void listsTheDecisionsOfAYearNewestFirstEachLinkedToItsItemInTheMinutes() {
        var view = navigate(DecisionRegisterView.class);
        assertThat(heading().getText()).isEqualTo("Beschlusssammlung");

        test(view.year).selectItem(Integer.toString(year));

        assertThat(numbers(view)).containsExactly("B-%d-002".formatted(year), "B-%d-001".formatted(year));
        var list = view.list;
        assertThat(list.getHeaders()).containsExactly("Nummer", "Datum", "Sitzung", "TOP", "Beschluss", "Ergebnis");
        assertThat(list.getCellText(1, DATE)).isEqualTo("12.03." + year);
        assertThat(list.getCellText(1, MEETING)).isEqualTo("Sitzung der Arbeitsgruppe");
        assertThat(list.getCellText(1, ITEM)).isEqualTo("TOP 3 · Sprachkurse");
        assertThat(list.getCellText(1, WORDING)).isEqualTo(courses.getWording());
        assertThat(list.getCellText(1, RESULT)).isEqualTo("beschlossenJa 7 / Nein 1 / Enthaltung 2");
        assertThat(list.getCellText(0, RESULT)).isEqualTo("beschlossen");
        var link = (Anchor) list.getCellComponent(1, NUMBER);
        assertThat(link.getText()).isEqualTo(courses.getNumber());
        assertThat(link.getHref()).isEqualTo("termine/m-register-" + year + "/protokoll#top-" + courses.getAgendaItemId());
    }

    @Test
    void theSearchNarrowsTheListToTheBeginningsOfWordsWhateverTheUmlauts() {
        var view = navigate(DecisionRegisterView.class);
        test(view.year).selectItem(Integer.toString(year));

        test(view.search).setValue("sprachkürs");

        assertThat(numbers(view)).containsExactly(courses.getNumber());

        test(view.search).setValue("ARBEITGEB");

        assertThat(numbers(view)).containsExactly(infoDay.getNumber());
    }

    @Test
    void saysSoWhenNoDecisionMatchesTheSearch() {
        var view = navigate(DecisionRegisterView.class);
        test(view.year).selectItem(Integer.toString(year));

        test(view.search).setValue("Xylophonbau");

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Kein Beschluss passt zu Suche und Filter.");
    }

    @Test
    void tellsAWorkingGroupWithoutDecisionsThatThereAreNoneYet() {
        var username = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new Account(username, "Ohne Beschlüsse", Role.MEMBER, "org-landkreis-musterstadt"));
        mongo.updateFirst(Query.query(Criteria.where("username").is(username)),
                Update.update("workingGroupId", "ag-ohne-beschluesse-" + username), Account.class);

        var view = SignedIn.as(username, Role.MEMBER, () -> navigate(DecisionRegisterView.class));

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("Es gibt noch keine Beschlüsse.");
        assertThat(view.year.getListDataView().getItems()).isEmpty();
    }

    @Test
    @WithMockUser(username = SignedIn.PARTNER, roles = Role.PARTNER_NAME)
    void showsAPartnerNoDecisionOfAnInternalItem() {
        var token = "intern" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        decisions.save(RegisterDecisions.internal(properties.workingGroupId(), year, 3, "Nur intern: " + token, "Intern"));
        var view = navigate(DecisionRegisterView.class);
        test(view.year).selectItem(Integer.toString(year));

        assertThat(numbers(view)).containsExactly(infoDay.getNumber(), courses.getNumber());

        test(view.search).setValue(token);

        assertThat(view.list.isVisible()).isFalse();
    }

    @Test
    void downloadsTheFilteredListAsCsvForASpreadsheet() throws IOException {
        var view = navigate(DecisionRegisterView.class);
        test(view.year).selectItem(Integer.toString(year));
        test(view.search).setValue("Sprachkurse");
        assertThat(view.csv.getText()).isEqualTo("Als CSV herunterladen");
        assertThat(view.csv.getElement().hasAttribute("download")).isTrue();
        assertThat(view.csv.getHref()).isNotBlank();

        var file = download(view);

        assertThat(file).startsWith("\uFEFFNummer;Datum;Sitzung;TOP;Beschluss;Ergebnis;Abstimmung;Organisationen\r\n")
                .contains(courses.getNumber() + ";12.03." + year + ";Sitzung der Arbeitsgruppe;TOP 3 · Sprachkurse;"
                        + "\"Die Arbeitsgruppe empfiehlt Sprachkurse am Abend; die Träger werden informiert.\";beschlossen;"
                        + "Ja 7 / Nein 1 / Enthaltung 2;")
                .doesNotContain(infoDay.getNumber());
    }

    /** What the link's download handler writes, for the filter the page shows. */
    private String download(DecisionRegisterView view) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(bytes);
        var event = new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(), view.csv.getElement());
        DecisionCsv.download(register, view::filter).handleDownloadRequest(event);
        verify(response).setContentType(DecisionCsv.CONTENT_TYPE);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> numbers(DecisionRegisterView view) {
        return view.list.getItems().stream().map(Decision::getNumber).toList();
    }
}
