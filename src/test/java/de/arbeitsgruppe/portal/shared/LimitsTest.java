package de.arbeitsgruppe.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void givesACraftedPageSizeNoMoreThanTheMaximumAndANegativeOneNothing() {
        assertThat(Limits.pageSize(Integer.MAX_VALUE)).isEqualTo(Limits.MAX_PAGE_SIZE);
        assertThat(Limits.pageSize(50)).isEqualTo(50);
        assertThat(Limits.pageSize(-3)).isZero();
    }

    @Test
    void startsANegativeOffsetAtTheFirstEntry() {
        assertThat(Limits.offset(-1)).isZero();
        assertThat(Limits.offset(200)).isEqualTo(200);
    }
}
