package de.arbeitsgruppe.portal.oparl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class OParlFilterTest {

    @Test
    void writesDateTimesWithTheBerlinOffsetOfTheDayAndNoFractionOrZ() {
        assertThat(OParlJson.dateTime(Instant.parse("2026-01-15T09:30:00.789Z"))).isEqualTo("2026-01-15T10:30:00+01:00");
        assertThat(OParlJson.dateTime(Instant.parse("2026-07-15T09:30:00Z"))).isEqualTo("2026-07-15T11:30:00+02:00");
    }

    @Test
    void readsCompleteDateTimesAndKeepsThemInOneCanonicalOrderForTheLinks() {
        var parameters = new LinkedMultiValueMap<String, String>();
        parameters.add("page", "3");
        parameters.add("omit_internal", "true");
        parameters.add("modified_since", "2026-01-15T10:30:00+01:00");
        parameters.add("created_until", "2026-07-15T11:30:00 02:00");
        var filter = OParlFilter.parse(parameters);
        assertThat(filter.modifiedSince()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
        assertThat(filter.createdUntil()).isEqualTo(Instant.parse("2026-07-15T09:30:00Z"));
        assertThat(filter.includesDeleted()).isTrue();
        assertThat(filter.parameters()).containsExactly(
                java.util.Map.entry("created_until", "2026-07-15T11:30:00+02:00"),
                java.util.Map.entry("modified_since", "2026-01-15T10:30:00+01:00"),
                java.util.Map.entry("omit_internal", "true"),
                java.util.Map.entry("page", "3"));
    }

    @Test
    void refusesADateWithoutTimeAnUnknownFlagAndAPageBelowOne() {
        for (String[] wrong : new String[][] {{"created_since", "2026-01-15"}, {"modified_until", "2026-01-15T10:30:00Z"},
                {"omit_internal", "1"}, {"page", "0"}, {"page", "-1"}}) {
            var parameters = new LinkedMultiValueMap<String, String>();
            parameters.add(wrong[0], wrong[1]);
            assertThatThrownBy(() -> OParlFilter.parse(parameters)).as(wrong[0] + "=" + wrong[1])
                    .isInstanceOf(OParlFilter.BadFilter.class).hasMessageContaining(wrong[0]);
        }
    }

    @Test
    void listsNoDeletedObjectsWithoutModifiedSince() {
        var parameters = new LinkedMultiValueMap<String, String>();
        parameters.add("modified_until", "2026-01-15T10:30:00+01:00");
        assertThat(OParlFilter.parse(parameters).includesDeleted()).isFalse();
    }
}
