package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.evaluation.ChecklistManagement;
import de.arbeitsgruppe.portal.evaluation.ChecklistPoint;
import de.arbeitsgruppe.portal.evaluation.EvaluationChecklist;
import de.arbeitsgruppe.portal.evaluation.EvaluationRefused;
import de.arbeitsgruppe.portal.evaluation.EvaluationSection;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The office keeps the checklist: per section the points in order, each reworded, moved or retired
 * on its own, and a field to add one. A retired point stays listed (and in earlier evaluations) and
 * can be taken back. Each step names the version shown, so a change by someone else is a conflict.
 */
@Route(EvaluationTexts.CHECKLIST_ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ChecklistView extends PortalView implements ChecklistPointRow.Actions {

    final Div sections = new Div();
    final List<ChecklistPointRow> rows = new ArrayList<>();
    final Map<EvaluationSection, TextArea> newPoints = new EnumMap<>(EvaluationSection.class);
    final HistorySlot history;

    private final ChecklistManagement checklists;
    private EvaluationChecklist checklist;

    ChecklistView(ChecklistManagement checklists, RecordHistory recordHistory) {
        this.checklists = checklists;
        this.history = new HistorySlot(recordHistory);
        sections.setWidthFull();
        add(new Paragraph(getTranslation("evaluation.checklist.intro")), sections, history,
                new Anchor(EvaluationTexts.LIST_ROUTE, getTranslation("evaluation.back")));
        show(checklists.current());
    }

    private void show(EvaluationChecklist shown) {
        checklist = shown;
        sections.removeAll();
        rows.clear();
        newPoints.clear();
        for (EvaluationSection section : EvaluationSection.values()) {
            sections.add(new H2(getTranslation(section.translationKey())));
            var points = shown.pointsOf(section);
            for (int i = 0; i < points.size(); i++) {
                var row = new ChecklistPointRow(points.get(i), i + 1, i == 0, i == points.size() - 1, this);
                rows.add(row);
                sections.add(row);
            }
            sections.add(addLine(section));
        }
        history.show(EvaluationChecklist.class, shown.getId());
    }

    private HorizontalLayout addLine(EvaluationSection section) {
        var text = new TextArea(getTranslation("evaluation.checklist.new", getTranslation(section.translationKey())));
        text.setMaxLength(ChecklistPoint.MAX_TEXT);
        text.setWidth("36em");
        text.getStyle().set("max-width", "100%");
        newPoints.put(section, text);
        var add = new Button(getTranslation("evaluation.checklist.add"), VaadinIcon.PLUS.create());
        add.setAriaLabel(getTranslation("evaluation.checklist.add.for", getTranslation(section.translationKey())));
        add.addClickListener(click -> change(text, () -> newPoints.get(section),
                () -> checklists.add(checklist.getVersion(), section, text.getValue())));
        var line = new HorizontalLayout(text, add);
        line.setWrap(true);
        line.setWidthFull();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return line;
    }

    @Override
    public void reword(ChecklistPointRow row) {
        change(row.text, () -> rowOf(row.point.getId()), () -> checklists.reword(checklist.getVersion(), row.point.getId(), row.text.getValue()));
    }

    @Override
    public void move(ChecklistPointRow row, int direction) {
        change(null, null, () -> checklists.move(checklist.getVersion(), row.point.getId(), direction));
    }

    @Override
    public void retire(ChecklistPointRow row, boolean retired) {
        change(null, null, () -> checklists.retire(checklist.getVersion(), row.point.getId(), retired));
    }

    private TextArea rowOf(String pointId) {
        return rows.stream().filter(row -> row.point.getId().equals(pointId)).map(row -> row.text).findFirst().orElse(null);
    }

    /**
     * Runs one step; a refusal is shown at the field. A conflict shows the stored checklist anew and
     * puts what the user typed back into the same field ({@code sameFieldAfterReload}) for a second try.
     */
    private void change(TextArea field, Supplier<TextArea> sameFieldAfterReload, Supplier<EvaluationChecklist> step) {
        if (field != null) {
            field.setInvalid(false);
        }
        var typed = field == null ? null : field.getValue();
        Runnable reload = () -> {
            show(checklists.current());
            var again = typed == null ? null : sameFieldAfterReload.get();
            if (again != null) {
                again.setValue(typed);
            }
        };
        try {
            SaveFailures.attemptOrReload(this, "evaluation.checklist.conflict", reload, step)
                    .ifPresent(saved -> {
                        show(saved);
                        Notices.success(getTranslation("form.saved"));
                    });
        } catch (EvaluationRefused refused) {
            if (field != null) {
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
            Notices.error(getTranslation(refused.messageKey()));
        }
    }

    @Override
    protected String titleKey() {
        return "evaluation.checklist.title";
    }
}
