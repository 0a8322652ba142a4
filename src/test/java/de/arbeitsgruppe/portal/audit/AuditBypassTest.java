package de.arbeitsgruppe.portal.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The trail sees every write that goes through Spring Data's save and delete. Update operations
 * ({@code updateFirst}, {@code upsert}, {@code findAndModify}, bulk writes, the raw driver collection)
 * raise no events, so they would change records unseen: this test lets only the classes named below
 * use them, each for data that is no record or whose meaning reaches the trail otherwise. A new use
 * fails here until someone decides.
 */
class AuditBypassTest {

    private static final Set<String> UNSEEN_WRITES = Set.of("updateFirst", "updateMulti", "upsert", "findAndModify",
            "findAndReplace", "findAndRemove", "findAllAndRemove", "bulkOps", "getCollection");

    /** Class → why its update operations need no entry of their own. */
    private static final Set<String> ALLOWED = Set.of(
            // the trail itself and its retention job
            "de.arbeitsgruppe.portal.audit.internal.AuditStore",
            "de.arbeitsgruppe.portal.audit.internal.LegacyTrailMigration",
            // reads the stored document before a save, to compare
            "de.arbeitsgruppe.portal.audit.DocumentChangeListener",
            // failed-login counters (@NotAudited); locks and lifts reach the trail as events
            "de.arbeitsgruppe.portal.account.LoginProtection",
            // a change counter per working group for the feed cache, no record
            "de.arbeitsgruppe.portal.meeting.MeetingChangeMarker",
            // the counter of decision numbers per year, no record; each decision is recorded when saved
            "de.arbeitsgruppe.portal.protocol.internal.DecisionNumbers",
            // the index of open tasks (@NotAudited): copies of the tasks' list fields, the tasks themselves are audited
            "de.arbeitsgruppe.portal.task.OpenTaskIndex",
            // the ids of the tasks a session went through (@NotAudited); each task's review is recorded on the task
            "de.arbeitsgruppe.portal.task.TaskReviewSheets",
            // the published copies of offers (@NotAudited), written after the offer's own audited save
            "de.arbeitsgruppe.portal.offer.CatalogueWrites",
            // the revision counter that tells the nodes to read the catalogue anew (@NotAudited)
            "de.arbeitsgruppe.portal.offer.CatalogueSnapshots",
            // reads every collection for the backup and writes them at a restore, recorded as one event
            "de.arbeitsgruppe.portal.backup.internal.BackupArchive");

    @Test
    void onlyNamedClassesWriteAroundSpringDatasEvents() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.arbeitsgruppe.portal");
        noClasses().that(new DescribedPredicate<>("are not named below") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass type) {
                        return !ALLOWED.contains(type.getName());
                    }
                })
                .should().callMethodWhere(new DescribedPredicate<JavaCall<?>>("an update operation of MongoTemplate") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        return UNSEEN_WRITES.contains(call.getName())
                                && call.getTargetOwner().isAssignableTo(MongoOperations.class);
                    }
                })
                .because("such writes bypass the audit trail")
                .check(classes);
    }
}
