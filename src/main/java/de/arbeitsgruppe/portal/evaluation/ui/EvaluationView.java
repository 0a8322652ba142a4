package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.evaluation.Evaluation;
import de.arbeitsgruppe.portal.evaluation.EvaluationManagement;
import de.arbeitsgruppe.portal.evaluation.EvaluationRefused;
import de.arbeitsgruppe.portal.evaluation.EvaluationSection;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One evaluation: every point, section by section, with grade, responsible organisation and comment.
 * The office rates and saves them in one go and makes a task of a point not met in one click; the
 * group's members read. An unknown id, or one of another working group, shows the not-found page.
 */
@Route(EvaluationTexts.LIST_ROUTE + "/:id")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class EvaluationView extends PortalView implements BeforeEnterObserver {

    final Paragraph date = new Paragraph();
    final Div points = new Div();
    final List<RatingFields> ratings = new ArrayList<>();
    final Button save = new Button();
    final HistorySlot history;

    private final EvaluationManagement evaluations;
    private final OrganisationManagement organisations;
    private Evaluation evaluation;
    private boolean office;

    EvaluationView(EvaluationManagement evaluations, OrganisationManagement organisations, RecordHistory recordHistory) {
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.history = new HistorySlot(recordHistory);
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        points.setWidthFull();
        add(date, points, save, history, new Anchor(EvaluationTexts.LIST_ROUTE, getTranslation("evaluation.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        evaluations.find(event.getRouteParameters().get("id").orElse(null))
                .ifPresentOrElse(this::build, () -> event.rerouteToError(NotFoundException.class));
    }

    private void build(Evaluation shown) {
        evaluation = shown;
        office = evaluations.mayRate();
        heading.setText(shown.getTitle());
        date.setText(getTranslation("evaluation.detail.date", Formats.date(shown.getDate()), shown.ratedCount(),
                shown.getRatings().size()));
        var members = organisations.summaries().stream().filter(summary -> summary.membership() == Membership.MEMBER).toList();
        points.removeAll();
        ratings.clear();
        for (EvaluationSection section : EvaluationSection.values()) {
            var ofSection = shown.getRatings().stream().filter(rating -> rating.getSection() == section).toList();
            if (ofSection.isEmpty()) {
                continue;
            }
            points.add(new H2(getTranslation(section.translationKey())));
            for (var rating : ofSection) {
                var fields = new RatingFields(rating, members, office, this::makeTask);
                ratings.add(fields);
                points.add(fields);
            }
        }
        save.setVisible(office);
        history.show(Evaluation.class, shown.getId());
    }

    void save() {
        attempt(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(), ratings.stream().map(RatingFields::change).toList()))
                .ifPresent(saved -> {
                    show(saved);
                    Notices.success(getTranslation("form.saved"));
                });
    }

    /** Saves what the form says first, so the task carries the grade and owner the user sees. */
    void makeTask(RatingFields fields) {
        if (ratings.stream().anyMatch(RatingFields::changed)) {
            var saved = attempt(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                    ratings.stream().map(RatingFields::change).toList()));
            if (saved.isEmpty()) {
                return;
            }
            show(saved.get());
        }
        attempt(() -> evaluations.taskFor(evaluation.getId(), fields.pointId))
                .ifPresent(taskId -> getUI().ifPresent(ui -> ui.navigate("aufgaben/" + taskId)));
    }

    private void show(Evaluation saved) {
        evaluation = saved;
        ratings.forEach(fields -> saved.rating(fields.pointId).ifPresent(fields::show));
        date.setText(getTranslation("evaluation.detail.date", Formats.date(saved.getDate()), saved.ratedCount(),
                saved.getRatings().size()));
        history.show(Evaluation.class, saved.getId());
    }

    /** Someone saved meanwhile: the form keeps the user's choices and names what is stored now. */
    private void reload() {
        evaluations.find(evaluation.getId()).ifPresent(stored -> {
            evaluation = stored;
            ratings.forEach(fields -> stored.rating(fields.pointId).ifPresent(fields::storedMeanwhile));
        });
    }

    private <T> Optional<T> attempt(Supplier<T> change) {
        try {
            return SaveFailures.attemptOrReload(this, "evaluation.conflict", this::reload, change);
        } catch (EvaluationRefused refused) {
            Notices.error(getTranslation(refused.messageKey()));
            return Optional.empty();
        }
    }

    @Override
    protected String titleKey() {
        return "evaluation.detail.title";
    }
}
