package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.arbeitsgruppe.portal.evaluation.Evaluation;
import de.arbeitsgruppe.portal.evaluation.EvaluationManagement;
import de.arbeitsgruppe.portal.evaluation.EvaluationRefused;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;

/** "Neue Evaluation": title and date, then the office rates the points on the evaluation's own page. */
class NewEvaluationForm extends Composite<Div> {

    final TextField title = new TextField();
    final DatePicker date = new DatePicker();
    final Button start = new Button();

    NewEvaluationForm(EvaluationManagement evaluations) {
        title.setLabel(getTranslation("evaluation.field.title"));
        title.setValue(getTranslation("evaluation.new.defaultTitle", Formats.date(Formats.today())));
        title.setMaxLength(Evaluation.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidth("24em");
        title.getStyle().set("max-width", "100%");
        date.setLabel(getTranslation("evaluation.field.date"));
        DatePickers.localise(date, this);
        date.setValue(Formats.today());
        date.setRequiredIndicatorVisible(true);
        start.setText(getTranslation("evaluation.new.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(click -> {
            try {
                title.setInvalid(false);
                date.setInvalid(false);
                var created = SaveFailures.attempt(this, () -> evaluations.create(title.getValue(), date.getValue()));
                if (created != null) {
                    getUI().ifPresent(ui -> ui.navigate(EvaluationTexts.route(created.getId())));
                }
            } catch (EvaluationRefused refused) {
                if ("date".equals(refused.field())) {
                    date.setErrorMessage(getTranslation(refused.messageKey()));
                    date.setInvalid(true);
                } else {
                    title.setErrorMessage(getTranslation(refused.messageKey()));
                    title.setInvalid(true);
                }
            } finally {
                start.setEnabled(true);
            }
        });
        var line = new HorizontalLayout(title, date, start);
        line.setWrap(true);
        // full width, so that the fields' max-width of 100 % means the page's width on a phone
        line.setWidthFull();
        getContent().setWidthFull();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().add(new H2(getTranslation("evaluation.new.title")), line);
    }
}
