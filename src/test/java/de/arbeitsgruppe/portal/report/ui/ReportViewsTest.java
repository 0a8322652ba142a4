package de.arbeitsgruppe.portal.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.report.ReportManagement;
import de.arbeitsgruppe.portal.report.ReportPeriod;
import de.arbeitsgruppe.portal.report.SentReport;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The report pages on the demo data: the sent reports, one sent report, building and sending. */
class ReportViewsTest extends ViewTest {

    @Autowired
    ReportManagement reports;

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void listsTheDemoReportOfTheLastQuarterForAMemberWithoutTheOfficesLinks() {
        var view = navigate(SentReportsView.class);

        assertThat(heading().getText()).isEqualTo("Berichte");
        var last = ReportPeriod.quarterBefore(Formats.today());
        assertThat(view.list.getItems()).extracting(SentReport::getPeriodKey).contains(last.key());
        var row = view.list.getItems().stream().map(SentReport::getPeriodKey).toList().indexOf(last.key());
        assertThat(view.list.getCellText(row, 0)).isEqualTo(last.dates());
        assertThat(view.list.getCellText(row, 1)).isEqualTo("Gesamte Arbeitsgruppe");
        assertThat(textOf(view)).doesNotContain("Neuen Bericht erstellen", "Empfänger und Zeitplan");
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void offersTheOfficeToBuildANewReportAndToNameTheRecipients() {
        var view = navigate(SentReportsView.class);

        assertThat(textOf(view)).contains("Neuen Bericht erstellen", "Empfänger und Zeitplan");
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void showsASentReportWithItsChartsEachFollowedByItsTableAndItsFiles() {
        var id = "ag-musterstadt." + ReportPeriod.quarterBefore(Formats.today()).key() + ".all.1";

        var view = navigate("berichte/" + id, SentReportView.class);

        assertThat(heading().getText()).isEqualTo("Versandter Bericht");
        assertThat(textOf(view)).contains("Sitzungen und Veranstaltungen", "Beschlüsse", "Aufgaben", "Schnittstellen",
                "Angebote", "Dr. Helga Landrat <leitung@landkreis-musterstadt.example>");
        assertThat(view.result.charts).isNotEmpty().allSatisfy(chart -> {
            var svg = chart.getElement().getProperty("innerHTML");
            assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=", "<desc id=");
        });
        var first = view.result.charts.getFirst();
        var children = view.result.getChildren().toList();
        assertThat(children.get(children.indexOf(first) + 1)).isSameAs(view.result.tables.getFirst());
        assertThat(view.result.tables.getFirst().getHeaders()).containsExactly("Art", "geplant", "eingeladen",
                "durchgeführt", "abgesagt");
        assertThat(view.downloads.pdf.getText()).isEqualTo("PDF herunterladen");
        assertThat(view.downloads.xlsx.getText()).isEqualTo("Excel-Datei herunterladen");
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void aGuessedIdOfAReportThatIsNotTheGroupsShowsNotFound() {
        navigate("berichte/ag-anderswo.2026-Q1.all.1", NotFoundView.class);
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void buildsTheReportOfTheChosenQuarterAndShowsItsSectionsAndFiles() {
        var view = buildView();
        var last = ReportPeriod.quarterBefore(Formats.today());
        assertThat(view.period.kind.getValue()).isEqualTo(ReportPeriod.Kind.QUARTER);
        assertThat(view.send.isEnabled()).as("nothing to send yet").isFalse();

        test(view.build).click();

        assertThat(view.status.getText()).isEqualTo("Bericht erstellt: Gesamte Arbeitsgruppe, " + last.dates() + ".");
        assertThat(view.figures.period()).isEqualTo(last);
        assertThat(textOf(view.result)).contains("Termine nach Art und Stand", "Beschlüsse nach Ergebnis",
                "Aufgaben je Organisation", "Abdeckung der Schnittstellen je Organisation", "Angebote je Ortsteil");
        assertThat(find(Svg.class).all()).isNotEmpty();
        assertThat(view.downloads.csv.getText()).isEqualTo("CSV herunterladen");
        assertThat(view.send.isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void buildsTheReportOfASpanForOneOrganisation() {
        var view = buildView();
        test(view.period.kind).selectItem("Zeitraum von–bis");
        view.period.from.setValue(Formats.today().minusDays(40));
        view.period.to.setValue(Formats.today());
        view.organisation.setValue(view.organisation.getListDataView().getItems()
                .filter(organisation -> organisation.name().equals("Jobcenter Musterstadt")).findFirst().orElseThrow());

        test(view.build).click();

        assertThat(view.period.year.isVisible()).isFalse();
        assertThat(view.figures.scopeName()).isEqualTo("Jobcenter Musterstadt");
        assertThat(view.status.getText()).startsWith("Bericht erstellt: Jobcenter Musterstadt, ");
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void saysNextToTheEndWhenASpanEndsBeforeItBegins() {
        var view = buildView();
        test(view.period.kind).selectItem("Zeitraum von–bis");
        view.period.from.setValue(Formats.today());
        view.period.to.setValue(Formats.today().minusDays(1));

        test(view.build).click();

        assertThat(view.period.to.isInvalid()).isTrue();
        assertThat(view.period.to.getErrorMessage()).isEqualTo("Das Ende des Zeitraums liegt vor seinem Anfang.");
        assertThat(view.result.getChildren()).isEmpty();
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void showsAProgressBarWhileTheReportIsBuilt() {
        var view = navigate(ReportBuildView.class);
        var waiting = new java.util.ArrayList<Runnable>();
        view.building = waiting::add;

        test(view.build).click();

        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.status.getText()).isEqualTo("Bericht wird erstellt …");
        assertThat(view.build.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void sendsTheBuiltReportAfterAConfirmationAndSaysToHowMany() {
        var view = buildView();
        test(view.period.kind).selectItem("Zeitraum von–bis");
        view.period.from.setValue(Formats.today().minusDays(3));
        view.period.to.setValue(Formats.today().minusDays(2));
        test(view.build).click();

        test(view.send).click();
        var confirmation = find(Confirmation.class).single();
        assertThat(confirmation.getQuestion()).contains("geht als PDF an die benannten Leitungskontakte");
        confirmation.confirm();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Bericht als Fassung ")
                .endsWith(" an 3 Empfänger gesendet."));
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void sendsTheReportItShowsThoughTheOrganisationWasChangedAfterBuilding() {
        var view = buildView();
        test(view.period.kind).selectItem("Zeitraum von–bis");
        view.period.from.setValue(Formats.today().minusDays(5));
        view.period.to.setValue(Formats.today().minusDays(4));
        test(view.build).click();
        view.organisation.setValue(view.organisation.getListDataView().getItems()
                .filter(organisation -> organisation.name().equals("Jobcenter Musterstadt")).findFirst().orElseThrow());

        test(view.send).click();
        var confirmation = find(Confirmation.class).single();
        assertThat(confirmation.getQuestion()).contains("Gesamte Arbeitsgruppe");
        confirmation.confirm();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).endsWith(" an 3 Empfänger gesendet."));
        var newest = reports.sent().getFirst();
        assertThat(newest.getPeriodKey()).isEqualTo(view.figures.period().key());
        assertThat(newest.getScopeName()).as("the report the confirmation named").isEqualTo("Gesamte Arbeitsgruppe");
    }

    private ReportBuildView buildView() {
        var view = navigate(ReportBuildView.class);
        view.building = Runnable::run;
        return view;
    }
}
