package de.arbeitsgruppe.portal.report;

import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * A table of figures as horizontal bars, drawn on the server as SVG (no script, no npm package): one
 * group of bars per row, one bar per column. Readable without colour: each column has its own pattern
 * as well as its colour, every bar carries its figure as text, and the legend names both. The colours
 * are dark enough for 3:1 against white; the text is near-black (above 4.5:1). For screen readers the
 * SVG is one image with a title and a description; the table that follows it holds the figures.
 */
public final class ReportCharts {

    /** Dark colours (contrast to white 5.9:1 to 10.4:1), told apart by their patterns as well. */
    private static final String[] COLOURS = {"#1a5fb4", "#a51d2d", "#26734d", "#613583", "#865e3c", "#3d3846"};
    private static final String TEXT = "#1f1f1f";
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_SPACE = 360;
    private static final int BAR_HEIGHT = 14;
    private static final int LABEL_CHARS = 30;

    private ReportCharts() {
    }

    /** The chart; {@code id} keeps the patterns of several charts on one page apart. */
    public static String svg(ReportTable table, String id, String description) {
        var columns = table.columns().size();
        var max = table.rows().stream().flatMap(row -> row.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        var legendHeight = 22 * columns;
        var groupHeight = columns * (BAR_HEIGHT + 2) + 12;
        var height = 10 + legendHeight + table.rows().size() * groupHeight + 10;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"report-chart\" width=\"100%\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append('"')
                .append(" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(table.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                .append("<defs>");
        for (int column = 0; column < columns; column++) {
            svg.append(pattern(id, column));
        }
        svg.append("</defs><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        var y = 10;
        for (int column = 0; column < columns; column++) {
            svg.append(bar(id, column, LABEL_WIDTH, y, 28));
            svg.append(text(LABEL_WIDTH + 36, y + 11, table.columns().get(column), "start"));
            y += 22;
        }
        for (var row : table.rows()) {
            svg.append(text(LABEL_WIDTH - 8, y + 12, shorten(row.label()), "end"));
            for (int column = 0; column < columns; column++) {
                var value = row.values().get(column);
                var length = max <= 0 ? 0 : (int) Math.round(value / max * BAR_SPACE);
                svg.append(bar(id, column, LABEL_WIDTH, y, Math.max(length, 1)));
                svg.append(text(LABEL_WIDTH + length + 6, y + 11, ReportNumbers.format(value), "start"));
                y += BAR_HEIGHT + 2;
            }
            y += 12;
        }
        return svg.append("</svg>").toString();
    }

    private static String pattern(String id, int column) {
        var colour = COLOURS[column % COLOURS.length];
        // six patterns for the six colours: two columns never look alike, also without colour
        var shape = switch (column % COLOURS.length) {
            case 0 -> "";
            case 1 -> "<path d=\"M0,8 L8,0\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
            case 2 -> "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/>";
            case 3 -> "<path d=\"M0,4 L8,4\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
            case 4 -> "<path d=\"M4,0 L4,8\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
            default -> "<path d=\"M0,0 L8,8 M0,8 L8,0\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>";
        };
        return "<pattern id=\"" + id + "-p" + column + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/>" + shape + "</pattern>";
    }

    private static String bar(String id, int column, int x, int y, int length) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + length + "\" height=\"" + BAR_HEIGHT
                + "\" fill=\"url(#" + id + "-p" + column + ")\" stroke=\"" + COLOURS[column % COLOURS.length] + "\"/>";
    }

    private static String text(int x, int y, String content, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"12\" fill=\"%s\" text-anchor=\"%s\">%s</text>",
                x, y, TEXT, anchor, escape(content));
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
