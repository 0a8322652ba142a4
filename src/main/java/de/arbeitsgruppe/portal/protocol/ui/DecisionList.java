package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.arbeitsgruppe.portal.protocol.Decision;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The decisions of one item as the minutes show them, with edit and remove for those who write, and
 * for the office a way to give a task from each.
 */
class DecisionList extends Div {

    /**
     * @param taskLink what leads to a task from the decision; null for those who may not give tasks
     */
    DecisionList(List<Decision> decisions, Map<String, String> organisationNames, boolean editable,
            boolean removable, Consumer<Decision> edit, Consumer<Decision> remove,
            Function<Decision, Component> taskLink) {
        addClassName("protocol-decisions");
        for (Decision decision : decisions) {
            var box = new Div();
            box.addClassName("protocol-decision");
            box.add(new H4(getTranslation("protocol.decision.heading", decision.getNumber())));
            var wording = new Paragraph(decision.getWording());
            wording.addClassName("protocol-decision-wording");
            box.add(wording);
            var result = new Paragraph(getTranslation("protocol.decision.resultLine",
                    getTranslation(decision.getResult().translationKey())));
            box.add(result);
            if (decision.getVotesYes() != null || decision.getVotesNo() != null || decision.getAbstentions() != null) {
                box.add(new Paragraph(getTranslation("protocol.decision.votesLine", count(decision.getVotesYes()),
                        count(decision.getVotesNo()), count(decision.getAbstentions()))));
            }
            var agreed = decision.getAgreedOrganisationIds().stream().map(organisationNames::get)
                    .filter(java.util.Objects::nonNull).toList();
            if (!agreed.isEmpty()) {
                box.add(new Paragraph(getTranslation("protocol.decision.agreedLine", String.join(", ", agreed))));
            }
            if (editable) {
                var change = new Button(getTranslation("protocol.decision.edit"), click -> edit.accept(decision));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                change.getElement().setAttribute("aria-label",
                        getTranslation("protocol.decision.editFor", decision.getNumber()));
                var actions = new HorizontalLayout(change);
                if (removable) {
                    var delete = new Button(getTranslation("protocol.decision.remove"), click -> remove.accept(decision));
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    delete.getElement().setAttribute("aria-label",
                            getTranslation("protocol.decision.removeFor", decision.getNumber()));
                    actions.add(delete);
                }
                box.add(actions);
            }
            if (taskLink != null) {
                box.add(new Paragraph(taskLink.apply(decision)));
            }
            add(box);
        }
    }

    private static String count(Integer votes) {
        return votes == null ? "–" : String.valueOf(votes);
    }
}
