package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.task.TaskMailChoices;
import de.arbeitsgruppe.portal.task.TaskMailKind;
import de.arbeitsgruppe.portal.task.TaskMailSettings;
import de.arbeitsgruppe.portal.task.TaskMailTiming;
import de.arbeitsgruppe.portal.task.TaskRefused;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * "Benachrichtigungen zu Aufgaben": each person chooses per kind of task mail whether it comes at
 * once, in the daily summary or not at all. A task given to oneself cannot be switched off, so that
 * choice is not offered.
 */
@Route("aufgaben/benachrichtigungen")
@PermitAll
public class TaskMailSettingsView extends PortalView {

    final Map<TaskMailKind, RadioButtonGroup<TaskMailTiming>> timings = new EnumMap<>(TaskMailKind.class);
    final Button save = new Button();

    private final TaskMailSettings settings;
    private TaskMailChoices shown;

    TaskMailSettingsView(TaskMailSettings settings) {
        this.settings = settings;
        add(new Paragraph(getTranslation("task.mail.settings.intro")));
        for (TaskMailKind kind : TaskMailKind.values()) {
            var group = group(kind);
            timings.put(kind, group);
            add(group);
        }
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(save);
        show(settings.mine());
    }

    private RadioButtonGroup<TaskMailTiming> group(TaskMailKind kind) {
        var group = new RadioButtonGroup<TaskMailTiming>(getTranslation(kind.translationKey()));
        group.setItems(Arrays.stream(TaskMailTiming.values())
                .filter(timing -> timing != TaskMailTiming.OFF || kind.maySwitchOff()).toList());
        group.setItemLabelGenerator(EnumLabels.of(this, TaskMailTiming::translationKey));
        group.setHelperText(getTranslation(kind.translationKey() + ".help"));
        group.setRequired(true);
        group.setWidthFull();
        group.addValueChangeListener(change -> group.setInvalid(false));
        return group;
    }

    private void show(TaskMailChoices choices) {
        shown = choices;
        timings.forEach((kind, group) -> group.setValue(choices.timing(kind)));
    }

    private void save() {
        timings.forEach((kind, group) -> {
            if (group.getValue() != null) {
                shown.choose(kind, group.getValue());
            }
        });
        try {
            var saved = SaveFailures.attempt(this, () -> settings.save(shown));
            if (saved != null) {
                show(saved);
                Notices.success(getTranslation("task.mail.settings.saved"));
            }
        } catch (TaskRefused refused) {
            var group = timings.get(TaskMailKind.ASSIGNED_TO_ME);
            group.setErrorMessage(getTranslation(refused.messageKey()));
            group.setInvalid(true);
        }
    }

    @Override
    protected String titleKey() {
        return "task.mail.settings.title";
    }
}
