package de.arbeitsgruppe.portal.task.ui;

import static de.arbeitsgruppe.portal.task.ui.TaskViewFixtures.AGENTUR;
import static de.arbeitsgruppe.portal.task.ui.TaskViewFixtures.JOBCENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskExport;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskSort;
import de.arbeitsgruppe.portal.task.TaskStatus;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** "Alle Aufgaben" as the office and the authorities' staff use it, filtered through the address. */
@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class TaskListViewTest extends ViewTest {

    private static final int TITLE = 0;
    private static final int OWNER = 1;
    private static final int DUE = 2;
    private static final int STATUS = 4;
    private static final int ORIGIN = 5;

    @Autowired
    TaskManagement tasks;
    @Autowired
    Tasks repository;
    @Autowired
    TaskExport export;

    private TaskViewFixtures fixtures;
    private Task reportAgentur;
    private Task reportJobcenter;
    private Task doneAgentur;

    @BeforeEach
    void threeTasksOfAYearOfTheirOwn() {
        fixtures = new TaskViewFixtures(tasks, repository);
        reportAgentur = fixtures.task("Bericht Agentur", AGENTUR, 3, 10, TaskStatus.OPEN);
        reportJobcenter = fixtures.task("Bericht Jobcenter", JOBCENTER, 3, 12, TaskStatus.IN_PROGRESS);
        doneAgentur = fixtures.task("Datenabgleich", AGENTUR, 3, 15, TaskStatus.DONE);
    }

    @Test
    void showsTheTasksTheAddressFiltersForInTheOrderItNames() {
        TaskViewFixtures.open(fixtures.address("aufgaben",
                "organisation=" + AGENTUR + "&status=open,done&sortierung=due&absteigend=ja"));

        var view = (TaskListView) getCurrentView();
        assertThat(heading().getText()).isEqualTo("Alle Aufgaben");
        assertThat(titles(view)).containsExactly("Datenabgleich", "Bericht Agentur");
        assertThat(view.count.getText()).isEqualTo("2 Aufgaben");
        assertThat(view.filters.organisation.getValue().name()).isEqualTo("Agentur für Arbeit Musterstadt");
        assertThat(view.filters.status.getValue()).containsExactlyInAnyOrder(TaskStatus.OPEN, TaskStatus.DONE);
        assertThat(view.filters.dueFrom.getValue()).isEqualTo(LocalDate.of(fixtures.year, 1, 1));
        assertThat(view.sort.getValue()).isEqualTo(TaskSort.DUE);
        assertThat(view.descending.getValue()).isTrue();
        var list = view.list;
        assertThat(list.getHeaders()).containsExactly("Titel", "Zuständig", "Fällig", "Priorität", "Status", "Herkunft");
        var link = (Anchor) list.getCellComponent(1, TITLE);
        assertThat(link.getHref()).isEqualTo("aufgaben/" + reportAgentur.getId());
        assertThat(list.getCellText(1, OWNER)).isEqualTo("Agentur für Arbeit Musterstadt (ganze Organisation)");
        assertThat(list.getCellText(1, DUE)).isEqualTo("10.03." + fixtures.year);
        assertThat(list.getCellText(0, STATUS)).isEqualTo("Erledigt");
        assertThat(list.getCellText(0, ORIGIN)).isEmpty();
    }

    @Test
    void withoutAStatusInTheAddressShowsTheOpenTasksAndWithStatusAlleAllOfThem() {
        TaskViewFixtures.open(fixtures.address("aufgaben", ""));
        var view = (TaskListView) getCurrentView();

        assertThat(titles(view)).containsExactly("Bericht Agentur", "Bericht Jobcenter");

        TaskViewFixtures.open(fixtures.address("aufgaben", "status=alle&sortierung=title"));

        assertThat(titles((TaskListView) getCurrentView())).containsExactly("Bericht Agentur", "Bericht Jobcenter",
                "Datenabgleich");
    }

    @Test
    void ignoresWhatTheAddressHoldsThatIsNoValidFilter() {
        TaskViewFixtures.open(fixtures.address("aufgaben",
                "organisation=org-gibt-es-nicht&person=%3Cscript%3E&status=quatsch&sitzung=m-gibt-es-nicht"
                        + "&thema=nichts&sortierung=zufall&ueberfaellig=vielleicht").replace("von=", "von=gestern&x="));

        var view = (TaskListView) getCurrentView();
        assertThat(view.filter()).isEqualTo(new TaskFilter(null, null, TaskFilterAddress.DEFAULT.statuses(), null, null,
                null, false, null, LocalDate.of(fixtures.year, 12, 31), TaskSort.DUE, false));
        assertThat(view.filters.organisation.getValue()).isNull();
        assertThat(view.list.isVisible()).isTrue();
    }

    @Test
    void writesEveryChangedFilterIntoTheAddressSoTheListCanBeShared() {
        TaskViewFixtures.open(fixtures.address("aufgaben", ""));
        var view = (TaskListView) getCurrentView();
        TaskViewFixtures.addressesWritten();

        test(view.filters.organisation).selectItem("Jobcenter Musterstadt");
        test(view.filters.overdue).click();
        test(view.filters.overdue).click();
        test(view.sort).selectItem("Titel");

        var written = TaskViewFixtures.addressesWritten();
        assertThat(written).hasSize(4);
        assertThat(query(written.getLast())).isEqualTo(Map.of("organisation", List.of(JOBCENTER),
                "von", List.of(fixtures.year + "-01-01"), "bis", List.of(fixtures.year + "-12-31"),
                "sortierung", List.of("title")));
        assertThat(titles(view)).containsExactly("Bericht Jobcenter");
        assertThat(view.board.getHref()).isEqualTo("aufgaben/tafel?organisation=" + JOBCENTER + "&von=" + fixtures.year
                + "-01-01&bis=" + fixtures.year + "-12-31&sortierung=title");

        // as the field's clear button does
        view.filters.status.clear();

        assertThat(query(TaskViewFixtures.addressesWritten().getLast())).containsEntry("status", List.of("alle"));
        assertThat(titles(view)).containsExactly("Bericht Jobcenter");
    }

    @Test
    void flagsAnOverdueTaskInWordsAndFindsItWithNurUeberfaellige() {
        var late = fixtures.overdue("Statistik nachreichen", JOBCENTER, 6, 30);
        var past = fixtures.pastDate(6, 30);

        TaskViewFixtures.open("aufgaben?ueberfaellig=ja&von=" + past + "&bis=" + past);

        var view = (TaskListView) getCurrentView();
        assertThat(titles(view)).containsExactly(late.getTitle());
        assertThat(view.filters.overdue.getValue()).isTrue();
        assertThat(view.list.getCellText(0, DUE)).isEqualTo("30.06." + past.getYear() + " – überfällig");
    }

    @Test
    void saysSoWhenNoTaskMatchesAndResetsTheFiltersOnRequest() {
        TaskViewFixtures.open(fixtures.address("aufgaben", "organisation=org-caritas-musterstadt"));
        var view = (TaskListView) getCurrentView();

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.emptyText.getText()).isEqualTo("Keine Aufgabe passt zu den Filtern.");
        assertThat(view.count.getText()).isEqualTo("Keine Aufgaben");
        TaskViewFixtures.addressesWritten();

        test(view.reset).click();

        assertThat(view.filter()).isEqualTo(TaskFilterAddress.DEFAULT);
        assertThat(view.filters.organisation.getValue()).isNull();
        assertThat(view.filters.dueFrom.getValue()).isNull();
        assertThat(TaskViewFixtures.addressesWritten()).containsExactly("aufgaben");
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void aMemberOfAnAuthoritySeesTheTasksOfAllOrganisations() {
        TaskViewFixtures.open(fixtures.address("aufgaben", ""));

        assertThat(titles((TaskListView) getCurrentView())).containsExactly("Bericht Agentur", "Bericht Jobcenter");
    }

    @Test
    @WithMockUser(username = SignedIn.PARTNER, roles = Role.PARTNER_NAME)
    void aPartnerGetsTheNotAllowedPageForTheListAndTheBoard() {
        navigate("aufgaben", ForbiddenView.class);
        navigate("aufgaben/tafel", ForbiddenView.class);
    }

    @Test
    void downloadsTheFilteredListAsCsvWithGermanHeadersAndNoFormulaASpreadsheetWouldRun() throws IOException {
        var formula = fixtures.task("=HYPERLINK(\"http://example.org\";\"Klick\")", AGENTUR, 4, 1, TaskStatus.OPEN);
        TaskViewFixtures.open(fixtures.address("aufgaben", "organisation=" + AGENTUR));
        var view = (TaskListView) getCurrentView();
        assertThat(view.csv.getText()).isEqualTo("Als CSV herunterladen");
        assertThat(view.csv.getElement().hasAttribute("download")).isTrue();

        var file = download(view);

        assertThat(file).startsWith("\uFEFFTitel;Zuständig;Organisation;Fällig;Überfällig;Priorität;Status;Begründung;"
                        + "Herkunft;Beschluss;Schnittstelle;Thema\r\n")
                .contains("Bericht Agentur;ganze Organisation;Agentur für Arbeit Musterstadt;10.03." + fixtures.year
                        + ";;Normal;Offen;;;;;\r\n")
                .contains("\"'=HYPERLINK(\"\"http://example.org\"\";\"\"Klick\"\")\";")
                .doesNotContain(reportJobcenter.getTitle()).doesNotContain(doneAgentur.getTitle());
        assertThat(file.lines()).hasSize(3);
        assertThat(formula.getTitle()).startsWith("=");
    }

    private String download(TaskListView view) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(bytes);
        var event = new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(), view.csv.getElement());
        TaskCsv.download(export, view::filter).handleDownloadRequest(event);
        verify(response).setContentType(TaskCsv.CONTENT_TYPE);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> query(String address) {
        return QueryParameters.fromString(address.substring(address.indexOf('?') + 1)).getParameters();
    }

    private static List<String> titles(TaskListView view) {
        return view.list.getItems().stream().map(Task::getTitle).toList();
    }
}
