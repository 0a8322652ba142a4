package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.evaluation.Grade;

/** Routes of the evaluation pages and the way a grade is shown: symbol and words, never colour alone. */
final class EvaluationTexts {

    static final String LIST_ROUTE = "evaluation";
    static final String CHECKLIST_ROUTE = "evaluation/checkliste";

    private EvaluationTexts() {
    }

    static String route(String evaluationId) {
        return LIST_ROUTE + "/" + evaluationId;
    }

    /** "✗ nicht erfüllt"; the symbol is hidden from screen readers, which read the words. */
    static Component gradeCell(Component owner, Grade grade) {
        var cell = new Span();
        if (grade == null) {
            cell.setText(owner.getTranslation("evaluation.grade.none"));
            cell.addClassName("portal-muted");
            return cell;
        }
        var symbol = new Span(grade.symbol());
        symbol.getElement().setAttribute("aria-hidden", "true");
        symbol.addClassName("portal-grade-symbol");
        cell.add(symbol, new Span(" " + owner.getTranslation(grade.translationKey())));
        cell.addClassName("portal-grade-" + grade.name().toLowerCase().replace('_', '-'));
        return cell;
    }

    static String gradeText(Component owner, Grade grade) {
        return grade == null ? owner.getTranslation("evaluation.grade.none")
                : grade.symbol() + " " + owner.getTranslation(grade.translationKey());
    }
}
