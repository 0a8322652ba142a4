package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.report.ReportFigures;
import de.arbeitsgruppe.portal.report.ReportCharts;
import de.arbeitsgruppe.portal.report.ReportNumbers;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.text.PdfA;
import java.util.function.BiFunction;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report as an HTML document for {@link PdfA}, built as a jsoup tree, so every text is escaped by
 * construction: each table under its heading, the chart first where the page shows one (the same SVG,
 * with its description as the Figure's alternative text), then the figures as a table.
 */
public final class ReportHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: '%s'; font-size: 10pt; color: #1f1f1f; }
            h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; }
            table { border-collapse: collapse; width: 100%%; margin-bottom: 8pt; }
            th, td { border: 0.5pt solid #5e5c64; padding: 2pt 4pt; text-align: left; }
            td.number, th.number { text-align: right; }
            """.formatted(PdfA.FONT_FAMILY);

    private ReportHtml() {
    }

    public static Document document(ReportFigures figures, String groupName, BiFunction<String, Object[], String> text) {
        var document = Document.createShell("");
        document.head().appendElement("meta").attr("name", "author").attr("content", groupName);
        document.head().appendElement("meta").attr("name", "subject")
                .attr("content", text.apply("report.pdf.subject", new Object[] {figures.scopeName(), figures.period().dates()}));
        document.head().appendElement("style").appendChild(new DataNode(STYLE));
        var body = document.body();
        body.appendElement("p").text(groupName);
        body.appendElement("h1").text(title(figures, text));
        body.appendElement("p").text(text.apply("report.pdf.built", new Object[] {Formats.dateTime(figures.builtAt())}));
        for (var section : figures.sections()) {
            body.appendElement("h2").text(section.title());
            if (section.note() != null && !section.note().isBlank()) {
                body.appendElement("p").text(section.note());
            }
            for (var table : section.tables()) {
                table(body, table, text);
            }
        }
        return document;
    }

    public static String title(ReportFigures figures, BiFunction<String, Object[], String> text) {
        return text.apply("report.pdf.title", new Object[] {figures.scopeName(), figures.period().dates()});
    }

    private static void table(Element body, ReportTable table, BiFunction<String, Object[], String> text) {
        body.appendElement("h3").text(table.title());
        if (table.isEmpty()) {
            body.appendElement("p").text(text.apply("report.empty", new Object[0]));
            return;
        }
        if (table.chart()) {
            var description = text.apply("report.chart.description", new Object[] {table.title()});
            body.append(ReportCharts.svg(table, "c" + body.childrenSize(), description));
            // the PDF's Figure tag takes its alternative text from alt (PDF/UA 7.3)
            body.children().last().attr("alt", description).attr("width", "170mm");
        }
        var element = body.appendElement("table");
        var head = element.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(table.rowHeader());
        table.columns().forEach(column -> head.appendElement("th").attr("scope", "col").addClass("number").text(column));
        var rows = element.appendElement("tbody");
        for (var row : table.rows()) {
            var line = rows.appendElement("tr");
            line.appendElement("th").attr("scope", "row").text(row.label());
            row.values().forEach(value -> line.appendElement("td").addClass("number").text(ReportNumbers.format(value)));
        }
    }
}
