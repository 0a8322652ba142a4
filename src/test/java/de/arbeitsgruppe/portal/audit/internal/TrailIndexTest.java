package de.arbeitsgruppe.portal.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.audit.AuditActor;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.AuditKind;
import de.arbeitsgruppe.portal.audit.internal.TrailIndex.Dimension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrailIndexTest {

    private static final Instant AT = Instant.parse("2026-11-24T13:00:00Z");

    @Test
    void aChangeIsListedUnderEveryCombinationOfTheFiltersItMatches() {
        var entry = new AuditEntry("20261124130000000-0000abcdef", "ag", AT, AuditKind.CREATED,
                new AuditActor("m.mueller", "Maria Müller", "org-jobcenter", "Jobcenter"), "contacts", "c1", "Kontakt",
                List.of(), null, null);

        var names = TrailIndex.listNames(entry);

        assertThat(names).hasSize(16).doesNotHaveDuplicates().contains(TrailIndex.ALL,
                TrailIndex.listName(Map.of(Dimension.ACTOR, "m.mueller", Dimension.KIND, "CREATED")),
                TrailIndex.listName(Map.of(Dimension.ACTOR, "m.mueller", Dimension.ORGANISATION, "org-jobcenter",
                        Dimension.RECORD_TYPE, "contacts", Dimension.KIND, "CREATED")));
        // MongoDB would read a dot as a path and a leading dollar as an operator
        assertThat(names).noneMatch(name -> name.contains(".") || name.startsWith("$"));
    }

    @Test
    void theFiltersOrderDoesNotChangeTheListAndValuesCannotForgeAnotherFilter() {
        assertThat(TrailIndex.listName(Map.of(Dimension.KIND, "LOGIN", Dimension.ACTOR, "anna")))
                .isEqualTo(TrailIndex.listName(Map.of(Dimension.ACTOR, "anna", Dimension.KIND, "LOGIN")));
        assertThat(TrailIndex.listName(Map.of(Dimension.ACTOR, "anna&kind=LOGIN")))
                .isNotEqualTo(TrailIndex.listName(Map.of(Dimension.ACTOR, "anna", Dimension.KIND, "LOGIN")));
        assertThat(TrailIndex.listName(Map.of())).isEqualTo(TrailIndex.ALL);
    }

    @Test
    void aNameTypedAtAFailedLoginThatBelongsToNoAccountGetsNoListOfItsOwn() {
        var entry = new AuditEntry("20261124130000000-0001abcdef", "ag", AT, AuditKind.LOGIN_FAILED,
                new AuditActor("$where" + "x".repeat(90), null, null, null), null, null, null, List.of(), null, null);

        // anyone can type millions of names: they would grow the day's buckets without end
        assertThat(TrailIndex.listNames(entry)).containsExactlyInAnyOrder(TrailIndex.ALL,
                TrailIndex.listName(java.util.Map.of(Dimension.KIND, "LOGIN_FAILED")));
        assertThat(TrailIndex.recordListId(entry)).isNull();
        assertThat(TrailIndex.bucketId(entry)).startsWith("day|ag|2026-11-24|");
    }
}
