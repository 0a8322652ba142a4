package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.DecisionResult;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Wording, result, optional votes and the organisations that agreed. The decision changes only when
 * every field is valid: a missing wording gets a message next to the field, nothing typed is lost.
 */
class DecisionDialog extends Dialog {

    final TextArea wording = new TextArea();
    final Select<DecisionResult> result = new Select<>();
    final IntegerField votesYes = new IntegerField();
    final IntegerField votesNo = new IntegerField();
    final IntegerField abstentions = new IntegerField();
    final MultiSelectComboBox<OrganisationSummary> organisations = new MultiSelectComboBox<>();
    final Button save = new Button();
    final BeanValidationBinder<Decision> binder = new BeanValidationBinder<>(Decision.class);

    private final Decision decision;
    private final Predicate<Decision> action;

    /** @param action stores the valid decision and says whether the dialog may close */
    DecisionDialog(Decision decision, List<OrganisationSummary> choices, Predicate<Decision> action) {
        this.decision = decision;
        this.action = action;
        setHeaderTitle(decision.getNumber() == null ? getTranslation("protocol.decision.new")
                : getTranslation("protocol.decision.heading", decision.getNumber()));
        wording.setLabel(getTranslation("protocol.decision.wording"));
        wording.setRequiredIndicatorVisible(true);
        wording.setMaxLength(Decision.MAX_WORDING);
        wording.setMinHeight("8rem");
        wording.setI18n(new TextArea.TextAreaI18n()
                .setRequiredErrorMessage(getTranslation("protocol.decision.validation.wording"))
                .setMaxLengthErrorMessage(getTranslation("agenda.item.tooLong", Decision.MAX_WORDING)));
        result.setLabel(getTranslation("protocol.decision.result"));
        result.setItems(DecisionResult.values());
        result.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        for (var votes : List.of(votesYes, votesNo, abstentions)) {
            votes.setMin(0);
            votes.setMax(999);
            votes.setI18n(new IntegerField.IntegerFieldI18n()
                    .setMinErrorMessage(getTranslation("protocol.decision.validation.votes"))
                    .setMaxErrorMessage(getTranslation("protocol.decision.validation.votes"))
                    .setBadInputErrorMessage(getTranslation("protocol.decision.validation.votes")));
        }
        votesYes.setLabel(getTranslation("protocol.decision.votesYes"));
        votesNo.setLabel(getTranslation("protocol.decision.votesNo"));
        abstentions.setLabel(getTranslation("protocol.decision.abstentions"));
        organisations.setLabel(getTranslation("protocol.decision.organisations"));
        organisations.setItems(choices);
        organisations.setItemLabelGenerator(OrganisationSummary::name);
        bind(choices);
        // asRequired shows the indicator, which Vaadin writes as aria-required on the select's button, where
        // ARIA does not allow it (axe aria-allowed-attr); a missing result is still named next to the field
        result.setRequiredIndicatorVisible(false);
        binder.readBean(decision);
        save.setText(getTranslation("protocol.decision.apply"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var form = new FormLayout(wording, result, organisations, votesYes, votesNo, abstentions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.setColspan(wording, 3);
        form.setColspan(result, 3);
        form.setColspan(organisations, 3);
        add(form);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
        setWidth("min(46rem, 100%)");
    }

    private void bind(List<OrganisationSummary> choices) {
        binder.forField(wording).withNullRepresentation("").bind("wording");
        binder.forField(result).asRequired(getTranslation("validation.required")).bind("result");
        binder.forField(votesYes).bind("votesYes");
        binder.forField(votesNo).bind("votesNo");
        binder.forField(abstentions).bind("abstentions");
        binder.forField(organisations).bind(
                found -> choices.stream().filter(choice -> found.getAgreedOrganisationIds().contains(choice.id()))
                        .collect(Collectors.toSet()),
                (target, chosen) -> target.setAgreedOrganisationIds(chosen == null ? Set.of()
                        : chosen.stream().map(OrganisationSummary::id).collect(Collectors.toSet())));
    }

    void save() {
        if (!binder.writeBeanIfValid(decision)) {
            return;
        }
        if (action.test(decision)) {
            close();
        }
    }
}
