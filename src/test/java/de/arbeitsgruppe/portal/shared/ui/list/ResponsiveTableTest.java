package de.arbeitsgruppe.portal.shared.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResponsiveTableTest {

    private static final List<Integer> NUMBERS = IntStream.rangeClosed(1, 5).boxed().toList();

    @Test
    void showsOnePageAndAppendsTheNextOnRequestUntilAllAreShown() {
        var table = numbers();

        table.setPages(2, (offset, limit) -> NUMBERS.subList(offset, Math.min(NUMBERS.size(), offset + limit)));

        assertThat(table.getItems()).containsExactly(1, 2);
        assertThat(table.hasMore()).isTrue();
        table.showMore();
        table.showMore();
        assertThat(table.getItems()).containsExactly(1, 2, 3, 4, 5);
        assertThat(table.hasMore()).isFalse();
        assertThat(table.getCellText(4, 1)).isEqualTo("Nummer 5");
    }

    @Test
    void offersNoFurtherPageWhenTheLastPageIsExactlyFull() {
        var table = numbers();
        var four = NUMBERS.subList(0, 4);

        table.setPages(2, (offset, limit) -> four.subList(offset, Math.min(four.size(), offset + limit)));
        table.showMore();

        assertThat(table.getItems()).containsExactly(1, 2, 3, 4);
        assertThat(table.hasMore()).isFalse();
    }

    @Test
    void labelsEachValueWithItsColumnForTheCardsAndLeavesEmptyValuesOut() {
        var table = numbers();

        table.setItems(List.of(1, 2));

        var cell = table.body.getChildren().findFirst().orElseThrow().getChildren().skip(1).findFirst().orElseThrow();
        assertThat(cell.getElement().getAttribute("data-label")).isEqualTo("Text");
        assertThat(table.getCellComponent(1, 2)).isNull();
        assertThat(table.getCellText(0, 2)).isEqualTo("ungerade");
        assertThat(table.hasMore()).isFalse();
    }

    @Test
    void aTextCellHoldsItsTextWithoutAComponentOfItsOwn() {
        // a component (and its node in the session) per cell made the lists the heaviest part of an open tab
        var table = numbers();

        table.setItems(List.of(7));

        var cell = table.body.getChildren().findFirst().orElseThrow().getChildren().skip(1).findFirst().orElseThrow();
        assertThat(table.getCellText(0, 1)).isEqualTo("Nummer 7");
        assertThat(cell.getChildren()).isEmpty();
        assertThat(cell.getElement().getChildCount()).isZero();
    }

    private static ResponsiveTable<Integer> numbers() {
        var table = new ResponsiveTable<Integer>("Zahlen");
        table.addColumn("Zahl", String::valueOf);
        table.addColumn("Text", number -> "Nummer " + number);
        table.addColumn("Art", number -> number % 2 == 1 ? "ungerade" : " ");
        return table;
    }
}
