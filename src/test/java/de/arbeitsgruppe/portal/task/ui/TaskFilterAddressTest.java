package de.arbeitsgruppe.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskSort;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskFilterAddressTest {

    @Test
    void writesAFilterAsAReadableQueryAndReadsItBackUnchanged() {
        var filter = new TaskFilter("org-agentur-musterstadt", "c-agentur-schmidt",
                EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.OPEN), "m-ag-sitzung-1", ContactInterface.KOMMUNE_AGENTUR,
                Topic.DATENAUSTAUSCH, true, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), TaskSort.OWNER, true);

        var query = TaskFilterAddress.query(filter);

        assertThat(query).isEqualTo("organisation=org-agentur-musterstadt&person=c-agentur-schmidt&sitzung=m-ag-sitzung-1"
                + "&schnittstelle=kommune_agentur&thema=datenaustausch&ueberfaellig=ja&von=2026-12-01&bis=2026-12-31"
                + "&sortierung=owner&absteigend=ja");
        assertThat(TaskFilterAddress.read(QueryParameters.fromString(query))).isEqualTo(filter);
    }

    @Test
    void leavesTheDefaultOutOfTheAddressAndNamesAllStatusesExplicitly() {
        assertThat(TaskFilterAddress.address("aufgaben", TaskFilterAddress.DEFAULT)).isEqualTo("aufgaben");
        assertThat(TaskFilterAddress.query(TaskFilter.ALL)).isEqualTo("status=alle");
        assertThat(TaskFilterAddress.query(TaskFilter.ALL.withStatuses(Set.of(TaskStatus.DROPPED, TaskStatus.OPEN))))
                .isEqualTo("status=open,dropped");
        assertThat(TaskFilterAddress.read(QueryParameters.fromString("status=alle")).statuses()).isEmpty();
        assertThat(TaskFilterAddress.read(QueryParameters.empty())).isEqualTo(TaskFilterAddress.DEFAULT);
    }

    @Test
    void readsStatusesGivenSeparatelyOrInCapitals() {
        var filter = TaskFilterAddress.read(QueryParameters.fromString("status=DONE&status=dropped"));

        assertThat(filter.statuses()).containsExactlyInAnyOrder(TaskStatus.DONE, TaskStatus.DROPPED);
    }

    @Test
    void ignoresEveryValueThatIsNoValidFilter() {
        var filter = TaskFilterAddress.read(QueryParameters.fromString("organisation=%3Cscript%3E&status=irgendwas"
                + "&schnittstelle=keine&thema=&ueberfaellig=1&von=31.12.2026&bis=2026-02-30&sortierung=zufall&absteigend=nein"));

        assertThat(filter).isEqualTo(TaskFilterAddress.DEFAULT);
    }
}
