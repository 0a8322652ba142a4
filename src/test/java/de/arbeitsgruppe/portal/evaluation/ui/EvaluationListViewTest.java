package de.arbeitsgruppe.portal.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The list of evaluations with the trend per point, on the demo evaluations. */
class EvaluationListViewTest extends ViewTest {

    private static final String MAILBOXES = "Zentrale Funktionspostfächer sind eingerichtet.";

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void showsAMemberTheDemoEvaluationsAndTheTrendOfEveryPointWithoutTheOfficesTools() {
        var view = navigate(EvaluationListView.class);

        assertThat(heading().getText()).isEqualTo("Prozessevaluation");
        assertThat(view.list.getItems()).extracting(evaluation -> evaluation.getId()).contains("e-demo-2", "e-demo-1");
        assertThat(view.form).isNull();
        assertThat(view.checklist.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
        var headers = view.trend.table.getHeaders();
        assertThat(headers).startsWith("Punkt", "Bereich")
                .contains(Formats.date(Formats.today().minusMonths(12).withDayOfMonth(10)))
                .endsWith(Formats.date(Formats.today().minusMonths(5).withDayOfMonth(12)));
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsEachGradeInSymbolAndWordsAndAPointNotMetTwiceAsSuch() {
        var view = navigate(EvaluationListView.class);

        var table = view.trend.table;
        var row = table.getItems().indexOf(table.getItems().stream().filter(item -> item.text().equals(MAILBOXES))
                .findFirst().orElseThrow());
        var last = table.getHeaders().lastIndexOf(Formats.date(Formats.today().minusMonths(5).withDayOfMonth(12)));
        var before = table.getHeaders().indexOf(Formats.date(Formats.today().minusMonths(12).withDayOfMonth(10)));
        assertThat(table.getCellText(row, last)).isEqualTo("✗ nicht erfüllt");
        assertThat(table.getCellText(row, before)).isEqualTo("✗ nicht erfüllt");
        assertThat(table.getCellText(row, 1)).isEqualTo("Schnittstelle Kommune – Jobcenter");
        assertThat(table.getCellComponent(row, last).getChildren().findFirst().orElseThrow().getElement()
                .getAttribute("aria-hidden")).as("screen readers read the words, not the symbol").isEqualTo("true");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void theOfficeStartsANewEvaluationAndRatesItOnItsOwnPage() {
        var view = navigate(EvaluationListView.class);
        var title = unique("Evaluation im Test");

        view.form.title.setValue(title);
        view.form.date.setValue(LocalDate.of(1952, 3, 1));
        test(view.form.start).click();

        assertThat(getCurrentView()).isInstanceOf(EvaluationView.class);
        assertThat(heading().getText()).isEqualTo(title);
        assertThat(((EvaluationView) getCurrentView()).ratings).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void refusesANewEvaluationWithoutATitleAtTheField() {
        var view = navigate(EvaluationListView.class);

        view.form.title.setValue(" ");
        test(view.form.start).click();

        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.title.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void aPartnerIsNotLetIn() {
        navigate("evaluation", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }
}
