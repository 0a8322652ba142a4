package de.arbeitsgruppe.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.report.ReportTable.Row;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The report's bar charts as a screen reader and a reader without colour vision meet them. */
class ReportChartsTest {

    private static final ReportTable TABLE = new ReportTable("Abdeckung <Schnittstellen>", "Organisation",
            List.of("Schnittstellen", "ohne Ansprechperson", "ohne Vertretung", "ohne Funktionspostfach", "nicht bestätigt"),
            List.of(Row.of("Jobcenter Musterstadt", 2, 0, 1, 1, 3), Row.of("Agentur für Arbeit Musterstadt", 2, 1, 0, 0, 0)),
            true);

    @Test
    void isOneImageNamedByItsTitleAndDescribedAsPointingToTheTable() {
        var svg = Jsoup.parse(ReportCharts.svg(TABLE, "chart-7", "Balkendiagramm: Abdeckung"), Parser.xmlParser())
                .selectFirst("svg");

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-7-title chart-7-desc");
        assertThat(svg.selectFirst("title#chart-7-title").text()).isEqualTo("Abdeckung <Schnittstellen>");
        assertThat(svg.selectFirst("desc#chart-7-desc").text()).isEqualTo("Balkendiagramm: Abdeckung");
    }

    @Test
    void givesEveryColumnAPatternOfItsOwnAndWritesEveryFigureNextToItsBar() {
        var markup = ReportCharts.svg(TABLE, "c", "");
        var svg = Jsoup.parse(markup, Parser.xmlParser());

        var patterns = svg.select("pattern").stream().map(pattern -> pattern.html().replaceAll("fill=\"#[0-9a-f]+\"", ""))
                .distinct().toList();
        assertThat(patterns).hasSize(TABLE.columns().size());
        var texts = svg.select("text").eachText();
        assertThat(texts).containsSubsequence(TABLE.columns());
        assertThat(texts).containsSubsequence("Jobcenter Musterstadt", "2", "0", "1", "1", "3");
        assertThat(Pattern.compile("<script").matcher(markup).find()).isFalse();
    }
}
