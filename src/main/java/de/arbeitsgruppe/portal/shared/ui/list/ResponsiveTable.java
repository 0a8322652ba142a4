package de.arbeitsgruppe.portal.shared.ui.list;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A list that is a table at a desk and one card per entry on a phone: one real {@code <table>}, so a
 * screen reader announces the columns, that CSS alone turns into cards below 600 px, each cell then
 * headed by its column's name (no width measured on the server, nothing to flash). Rows grow with
 * their content and text wraps, so nothing is cut; long lists show a page at a time with "Weitere
 * anzeigen" and use the page's own scroll instead of a box with its own scrollbar.
 *
 * <p>The first column is the entry's title: in a card it comes first, larger, without a label.
 */
public class ResponsiveTable<T> extends Composite<Div> {

    /** A column shows either text ({@code text}) or components ({@code cell}). */
    private record Column<T>(String header, Function<T, String> text, Function<T, Component> cell) {
    }

    /**
     * A text cell's text, as the browser's {@code innerText} (which it never reads as HTML): no text
     * node of its own in the session. Every node is some 500 bytes of the server's state for as long as
     * the page is open, and most cells of a list are text.
     */
    private static final String TEXT = "innerText";

    final NativeTable table = new NativeTable();
    final NativeTableBody body = new NativeTableBody();
    final Button more = new Button();

    private final NativeTableRow headerRow = new NativeTableRow();
    private final String label;
    private final List<Column<T>> columns = new ArrayList<>();
    /** The entries of {@link #setItems}; paged lists keep none (their rows are built, the entries let go). */
    private final List<T> given = new ArrayList<>();
    private int shownCount;
    private BiFunction<Integer, Integer, List<T>> pages;
    private int pageSize;

    /** {@code label}: what the list shows, for screen readers (the table's caption). */
    public ResponsiveTable(String label) {
        this.label = label;
        var caption = new NativeTableCaption();
        caption.setText(label);
        caption.addClassName("portal-visually-hidden");
        var head = new NativeTableHeader();
        head.add(headerRow);
        table.add(caption, head, body);
        table.addClassName("portal-table");
        // explicit roles: a table that CSS shows as blocks would otherwise lose them in Chrome
        table.getElement().setAttribute("role", "table");
        head.getElement().setAttribute("role", "rowgroup");
        body.getElement().setAttribute("role", "rowgroup");
        headerRow.getElement().setAttribute("role", "row");
        more.setText(getTranslation("list.more"));
        more.addClickListener(click -> {
            var firstNew = shownCount;
            showNextPage();
            // keyboard and screen reader users go on at the first new entry, not at a vanished button
            table.getElement().executeJs("const row = this.tBodies[0].rows[$0];"
                    + " const target = row && row.querySelector('a, button, [tabindex]');"
                    + " if (target) { target.focus(); }", firstNew);
        });
        more.setVisible(false);
        var wrapper = getContent();
        wrapper.addClassName("portal-table-wrapper");
        wrapper.add(table, more);
    }

    /** A column of plain text; blank text leaves the cell empty (a card then leaves the line out). */
    public ResponsiveTable<T> addColumn(String header, Function<T, String> text) {
        return add(new Column<>(header, text, null));
    }

    /** A column of components (links, badges); {@code null} leaves the cell empty. */
    public ResponsiveTable<T> addComponentColumn(String header, Function<T, Component> cell) {
        return add(new Column<>(header, null, cell));
    }

    private ResponsiveTable<T> add(Column<T> column) {
        var header = column.header();
        columns.add(column);
        var headerCell = new NativeTableHeaderCell(header);
        headerCell.getElement().setAttribute("scope", "col");
        headerCell.getElement().setAttribute("role", "columnheader");
        headerRow.add(headerCell);
        return this;
    }

    /** Shows these entries, all of them. */
    public void setItems(List<T> items) {
        pages = null;
        given.clear();
        given.addAll(items);
        shownCount = 0;
        body.removeAll();
        append(items);
        more.setVisible(false);
    }

    /**
     * Shows the first page from {@code fetch(offset, limit)}; "Weitere anzeigen" appends the next one
     * while there is more. Each fetch asks for one entry beyond the page, so the button never leads
     * to an empty page.
     */
    public void setPages(int pageSize, BiFunction<Integer, Integer, List<T>> fetch) {
        this.pages = fetch;
        this.pageSize = pageSize;
        given.clear();
        shownCount = 0;
        body.removeAll();
        showNextPage();
    }

    /**
     * The entries shown now, in order; a paged list reads them again ({@code fetch(0, shown)}), as it
     * keeps no copies in the session: a page of entities (a meeting with its agenda, a contact …)
     * weighed more than the rows showing them.
     */
    public List<T> getItems() {
        if (pages == null) {
            return List.copyOf(given);
        }
        if (shownCount == 0) {
            return List.of();
        }
        var items = pages.apply(0, shownCount);
        return List.copyOf(items.subList(0, Math.min(items.size(), shownCount)));
    }

    /** Whether no entry is shown. */
    public boolean isEmpty() {
        return shownCount == 0;
    }

    /** The text a row shows in a column (for tests, as the user reads it). */
    public String getCellText(int row, int column) {
        var cell = cell(row, column).getElement();
        return cell.hasProperty(TEXT) ? cell.getProperty(TEXT) : cell.getTextRecursively();
    }

    /** What a row shows in a column of components: the link or badge; {@code null} for an empty cell or a text column. */
    public Component getCellComponent(int row, int column) {
        return cell(row, column).getChildren().findFirst().orElse(null);
    }

    /** What the list shows, as its caption names it. */
    public String getLabel() {
        return label;
    }

    public List<String> getHeaders() {
        return columns.stream().map(Column::header).toList();
    }

    /** Whether "Weitere anzeigen" is offered. */
    public boolean hasMore() {
        return more.isVisible();
    }

    /** As a click on "Weitere anzeigen". */
    public void showMore() {
        more.click();
    }

    private NativeTableCell cell(int row, int column) {
        var tableRow = (NativeTableRow) body.getChildren().skip(row).findFirst().orElseThrow();
        return (NativeTableCell) tableRow.getChildren().skip(column).findFirst().orElseThrow();
    }

    private void showNextPage() {
        var page = pages.apply(shownCount, pageSize + 1);
        append(page.subList(0, Math.min(page.size(), pageSize)));
        more.setVisible(page.size() > pageSize);
    }

    private void append(List<T> items) {
        for (T item : items) {
            shownCount++;
            var row = new NativeTableRow();
            row.getElement().setAttribute("role", "row");
            for (int index = 0; index < columns.size(); index++) {
                var column = columns.get(index);
                var cell = new NativeTableCell();
                cell.getElement().setAttribute("role", "cell");
                if (column.text() != null) {
                    var text = column.text().apply(item);
                    if (text != null && !text.isBlank()) {
                        cell.getElement().setProperty(TEXT, text);
                    }
                } else {
                    var content = column.cell().apply(item);
                    if (content != null) {
                        cell.add(content);
                    }
                }
                if (index == 0) {
                    cell.addClassName("portal-table-title");
                } else {
                    // the card's label for this value (CSS shows it below 600 px)
                    cell.getElement().setAttribute("data-label", column.header());
                }
                row.add(cell);
            }
            body.add(row);
        }
    }
}
