package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.evaluation.Grade;
import de.arbeitsgruppe.portal.evaluation.PointRating;
import de.arbeitsgruppe.portal.evaluation.RatingChange;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One point of an evaluation: its wording as a heading, the grade, the responsible organisation and
 * a comment, and the task made of it (or the button that makes it). After a conflict it tells what
 * someone else stored meanwhile, next to what the user chose, so nothing is overwritten unseen.
 */
class RatingFields extends Composite<Div> {

    final String pointId;
    final RadioButtonGroup<Grade> grade = new RadioButtonGroup<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final TextArea comment = new TextArea();
    final Button makeTask = new Button();
    final Anchor task = new Anchor();
    final Span storedMeanwhile = new Span();

    private final List<OrganisationSummary> organisations;
    private final boolean office;
    private PointRating stored;

    RatingFields(PointRating rating, List<OrganisationSummary> organisations, boolean office, Consumer<RatingFields> onMakeTask) {
        this.pointId = rating.getPointId();
        this.organisations = organisations;
        this.office = office;
        var heading = new H3(rating.getPointText());
        heading.setId("punkt-" + pointId);
        grade.setLabel(getTranslation("evaluation.field.grade"));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        grade.addValueChangeListener(change -> showTask());
        organisation.setLabel(getTranslation("evaluation.field.responsible"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        // wide enough for "Agentur für Arbeit Musterstadt", never wider than a phone
        organisation.setWidth("20em");
        organisation.getStyle().set("max-width", "100%");
        comment.setLabel(getTranslation("evaluation.field.comment"));
        comment.setMaxLength(PointRating.MAX_COMMENT);
        comment.setWidthFull();
        makeTask.setText(getTranslation("evaluation.task.make"));
        makeTask.setAriaLabel(getTranslation("evaluation.task.make.for", rating.getPointText()));
        makeTask.addThemeVariants(ButtonVariant.LUMO_SMALL);
        makeTask.setDisableOnClick(true);
        makeTask.addClickListener(click -> {
            try {
                onMakeTask.accept(this);
            } finally {
                makeTask.setEnabled(true);
            }
        });
        task.setText(getTranslation("evaluation.task.open"));
        storedMeanwhile.addClassName("portal-gap");
        var line = new HorizontalLayout(grade, organisation);
        line.setWrap(true);
        line.setWidthFull();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var content = getContent();
        content.addClassName("portal-rating");
        // the group is named by the point, so each field is announced with the point it belongs to
        content.getElement().setAttribute("role", "group");
        content.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var taskLine = new HorizontalLayout(makeTask, task);
        taskLine.setWrap(true);
        content.setWidthFull();
        content.add(heading, line, comment, taskLine, storedMeanwhile);
        grade.setReadOnly(!office);
        organisation.setReadOnly(!office);
        comment.setReadOnly(!office);
        show(rating);
    }

    void show(PointRating rating) {
        stored = rating;
        grade.setValue(rating.getGrade());
        organisation.setValue(organisationOf(rating.getResponsibleOrganisationId()));
        comment.setValue(rating.getComment() == null ? "" : rating.getComment());
        storedMeanwhile.setVisible(false);
        showTask();
    }

    /** Someone else saved meanwhile: the user's choice stays, the stored one is named next to it. */
    void storedMeanwhile(PointRating rating) {
        var differs = !Objects.equals(rating.getGrade(), grade.getValue())
                || !Objects.equals(rating.getResponsibleOrganisationId(), organisationId())
                || !Objects.equals(Objects.requireNonNullElse(rating.getComment(), ""), comment.getValue().strip());
        stored = rating;
        storedMeanwhile.setText(getTranslation("evaluation.conflict.stored", EvaluationTexts.gradeText(this, rating.getGrade()),
                Objects.requireNonNullElse(rating.getResponsibleOrganisationName(), "–"),
                Objects.requireNonNullElse(rating.getComment(), "–")));
        storedMeanwhile.setVisible(differs);
        showTask();
    }

    RatingChange change() {
        return new RatingChange(pointId, grade.getValue(), comment.getValue(), organisationId());
    }

    /** Whether the form says something else than the stored rating. */
    boolean changed() {
        return !Objects.equals(stored.getGrade(), grade.getValue())
                || !Objects.equals(stored.getResponsibleOrganisationId(), organisationId())
                || !Objects.equals(Objects.requireNonNullElse(stored.getComment(), ""), comment.getValue().strip());
    }

    private String organisationId() {
        return organisation.getValue() == null ? null : organisation.getValue().id();
    }

    private void showTask() {
        var taskId = stored == null ? null : stored.getTaskId();
        task.setVisible(taskId != null);
        task.setHref(taskId == null ? "" : "aufgaben/" + taskId);
        makeTask.setVisible(office && taskId == null && grade.getValue() != null && grade.getValue().needsAction());
    }

    private OrganisationSummary organisationOf(String id) {
        return id == null ? null : organisations.stream().filter(summary -> summary.id().equals(id)).findFirst().orElse(null);
    }
}
