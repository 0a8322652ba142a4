package de.arbeitsgruppe.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.arbeitsgruppe.portal.report.ReportPeriod;
import de.arbeitsgruppe.portal.report.ReportRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EvaluationReportSectionTest {

    private static final ReportPeriod PERIOD = ReportPeriod.quarter(2026, 3);

    @Test
    void anEvaluationNotRatedYetIsNotReportedAsHavingNoOpenPoint() throws IOException {
        var note = noteFor(point("ka-kontakte", null), point("kj-laufzettel", null), point("aj-fallkonferenzen", null));

        assertThat(note).doesNotContain("Kein Punkt ist offen")
                .contains("3 von 3 Punkten sind noch nicht bewertet");
    }

    @Test
    void aPartlyRatedEvaluationNamesItsOpenPointsAndHowManyAreNotRatedYet() throws IOException {
        var note = noteFor(point("ka-kontakte", Grade.MET), point("kj-postfaecher", Grade.NOT_MET), point("aj-fallkonferenzen", null));

        assertThat(note).contains("Offen: Punkt kj-postfaecher (nicht erfüllt")
                .contains("1 von 3 Punkten sind noch nicht bewertet");
    }

    @Test
    void aFullyRatedEvaluationWithoutGapsSaysNoPointIsOpen() throws IOException {
        var note = noteFor(point("ka-kontakte", Grade.MET), point("kj-laufzettel", Grade.NOT_APPLICABLE));

        assertThat(note).contains("Kein Punkt ist offen").doesNotContain("nicht bewertet");
    }

    private static String noteFor(EvaluationSummary.Point... points) throws IOException {
        var evaluations = mock(EvaluationManagement.class);
        when(evaluations.latestUpTo(PERIOD.to())).thenReturn(Optional.of(new EvaluationSummary("e-1",
                "Evaluierung Herbst", LocalDate.of(2026, 9, 10), null, null, List.of(points))));
        var texts = new Properties();
        try (var in = EvaluationReportSectionTest.class.getResourceAsStream("/vaadin-i18n/translations_de.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var request = new ReportRequest(PERIOD, null, LocalDate.of(2026, 10, 1), Locale.GERMAN,
                (key, parameters) -> new MessageFormat(texts.getProperty(key), Locale.GERMAN).format(parameters));
        return new EvaluationReportSection(evaluations).section(request).note();
    }

    private static EvaluationSummary.Point point(String id, Grade grade) {
        return new EvaluationSummary.Point(EvaluationSection.KOMMUNE_AGENTUR, id, "Punkt " + id, grade, null, null,
                "org-landkreis-musterstadt", "Landkreis Musterstadt", null);
    }
}
