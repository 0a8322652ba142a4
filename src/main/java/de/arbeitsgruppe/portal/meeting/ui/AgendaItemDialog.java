package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import java.util.function.Predicate;

/**
 * Title, description, presenter, planned minutes and "public" of an agenda item or a backlog topic.
 * The item changes only when every field is valid; an overlong text stays in its field with a
 * message next to it, so nothing typed or pasted is lost.
 */
class AgendaItemDialog extends Dialog {

    static final int MAX_PRESENTER = 120;
    static final int MAX_MINUTES = 600;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField presenter = new TextField();
    final IntegerField minutes = new IntegerField();
    final Checkbox publicItem = new Checkbox();
    final Button save = new Button();
    final BeanValidationBinder<AgendaItem> binder = new BeanValidationBinder<>(AgendaItem.class);

    private final AgendaItem item;
    private final Predicate<AgendaItem> action;

    /**
     * @param action takes the valid item and says whether the dialog may close (false: it failed
     *        and showed why, the input stays)
     */
    AgendaItemDialog(String headerKey, AgendaItem item, Predicate<AgendaItem> action) {
        this.item = item;
        this.action = action;
        setHeaderTitle(getTranslation(headerKey));
        configureFields();
        bind();
        binder.readBean(item);
        save.setText(getTranslation("agenda.item.apply"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("form.cancel"), click -> close());
        var form = new FormLayout(title, minutes, presenter, publicItem, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(cancel, save);
        setWidth("min(46rem, 100%)");
    }

    private void configureFields() {
        title.setLabel(getTranslation("agenda.item.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(AgendaItem.MAX_TITLE);
        title.setI18n(new TextField.TextFieldI18n()
                .setRequiredErrorMessage(getTranslation("validation.required"))
                .setMaxLengthErrorMessage(tooLong(AgendaItem.MAX_TITLE)));
        description.setLabel(getTranslation("agenda.item.description"));
        description.setMaxLength(AgendaItem.MAX_DESCRIPTION);
        description.setHelperText(getTranslation("agenda.item.description.help", AgendaItem.MAX_DESCRIPTION));
        description.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(tooLong(AgendaItem.MAX_DESCRIPTION)));
        description.setMinHeight("8rem");
        presenter.setLabel(getTranslation("agenda.item.presenter"));
        presenter.setMaxLength(MAX_PRESENTER);
        presenter.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(MAX_PRESENTER)));
        minutes.setLabel(getTranslation("agenda.item.minutes"));
        minutes.setMin(0);
        minutes.setMax(MAX_MINUTES);
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setI18n(new IntegerField.IntegerFieldI18n()
                .setRequiredErrorMessage(getTranslation("validation.required"))
                .setMinErrorMessage(getTranslation("agenda.item.minutes.range"))
                .setMaxErrorMessage(getTranslation("agenda.item.minutes.range"))
                .setBadInputErrorMessage(getTranslation("agenda.item.minutes.range")));
        publicItem.setLabel(getTranslation("agenda.item.public"));
        publicItem.setHelperText(getTranslation("agenda.item.public.help"));
    }

    // texts are null when empty (the item trims), the fields show them as ""
    private void bind() {
        binder.forField(title).withNullRepresentation("").bind("title");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(presenter).withNullRepresentation("").bind("presenter");
        binder.forField(minutes).asRequired(getTranslation("validation.required")).bind("plannedMinutes");
        binder.forField(publicItem).bind("publicItem");
    }

    private String tooLong(int max) {
        return getTranslation("agenda.item.tooLong", max);
    }

    void save() {
        if (!binder.writeBeanIfValid(item)) {
            return;
        }
        if (action.test(item)) {
            close();
        }
    }
}
