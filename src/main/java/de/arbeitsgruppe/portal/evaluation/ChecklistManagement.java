package de.arbeitsgruppe.portal.evaluation;

import de.arbeitsgruppe.portal.evaluation.internal.EvaluationChecklists;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The checklist of the user's working group: read by the group's staff, kept by the office (add,
 * reword, move, retire, take back). Every change names the version the office saw, so two people
 * editing at once meet as a conflict. Points are never deleted: earlier evaluations name them.
 */
@Service
public class ChecklistManagement {

    private final EvaluationChecklists checklists;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChecklistManagement(EvaluationChecklists checklists, CurrentUser currentUser, Clock clock) {
        this.checklists = checklists;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The group's checklist; the recommendations' default the first time anyone asks. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public EvaluationChecklist current() {
        return currentOf(currentUser.require().workingGroupId());
    }

    EvaluationChecklist currentOf(String workingGroupId) {
        return checklists.findById(workingGroupId).orElseGet(() -> {
            var fresh = new EvaluationChecklist(workingGroupId, DefaultChecklist.points());
            try {
                return checklists.insert(fresh);
            } catch (DuplicateKeyException e) {
                // another node started it a moment ago: theirs is as good
                return checklists.findById(workingGroupId).orElseThrow(() -> e);
            }
        });
    }

    /** Adds a point at the end of its section. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public EvaluationChecklist add(long shownVersion, EvaluationSection section, String text) {
        var cleaned = checked(text);
        Objects.requireNonNull(section, "section");
        return change(shownVersion, checklist -> {
            var points = checklist.getPoints();
            var afterLastOfSection = 0;
            for (int i = 0; i < points.size(); i++) {
                if (points.get(i).getSection().ordinal() <= section.ordinal()) {
                    afterLastOfSection = i + 1;
                }
            }
            points.add(afterLastOfSection, new ChecklistPoint(UUID.randomUUID().toString().substring(0, 8), section, cleaned));
        });
    }

    /** New wording; the trend keeps following the point, earlier evaluations keep the words they rated. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public EvaluationChecklist reword(long shownVersion, String pointId, String text) {
        var cleaned = checked(text);
        return change(shownVersion, checklist -> point(checklist, pointId).setText(cleaned));
    }

    /** One place up ({@code -1}) or down ({@code +1}) within its section. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public EvaluationChecklist move(long shownVersion, String pointId, int direction) {
        return change(shownVersion, checklist -> {
            var point = point(checklist, pointId);
            var section = checklist.pointsOf(point.getSection());
            var index = section.indexOf(point);
            var target = index + Integer.signum(direction);
            if (target < 0 || target >= section.size() || direction == 0) {
                return;
            }
            var points = checklist.getPoints();
            var from = points.indexOf(point);
            var to = points.indexOf(section.get(target));
            points.set(from, section.get(target));
            points.set(to, point);
        });
    }

    /** Retired points are left out of new evaluations; earlier ones keep them. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public EvaluationChecklist retire(long shownVersion, String pointId, boolean retired) {
        return change(shownVersion, checklist -> point(checklist, pointId).setRetired(retired));
    }

    private EvaluationChecklist change(long shownVersion, Consumer<EvaluationChecklist> change) {
        PortalUser user = currentUser.require();
        var checklist = currentOf(user.workingGroupId());
        if (!Objects.equals(checklist.getVersion(), shownVersion)) {
            throw new ConflictException();
        }
        change.accept(checklist);
        checklist.changed(user.username(), clock.instant());
        return VersionedSave.of(checklist, () -> checklists.save(checklist));
    }

    private static ChecklistPoint point(EvaluationChecklist checklist, String pointId) {
        return checklist.point(pointId).orElseThrow(() -> new IllegalArgumentException("no such point"));
    }

    private static String checked(String text) {
        var cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            throw new EvaluationRefused("text", "validation.required");
        }
        if (cleaned.length() > ChecklistPoint.MAX_TEXT) {
            throw new EvaluationRefused("text", "evaluation.validation.pointLength");
        }
        return cleaned;
    }
}
