package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import java.util.List;
import java.util.function.Consumer;

/** "Aus dem Themenspeicher übernehmen": the topics to put on the agenda being edited. */
class BacklogPickDialog extends Dialog {

    final CheckboxGroup<BacklogItem> topics = new CheckboxGroup<>();
    final Button take = new Button();

    BacklogPickDialog(List<BacklogItem> available, Consumer<List<BacklogItem>> onPick) {
        setHeaderTitle(getTranslation("agenda.fromBacklog"));
        topics.setLabel(getTranslation("agenda.fromBacklog.topics"));
        topics.setItems(available);
        topics.setItemLabelGenerator(item -> getTranslation("agenda.fromBacklog.topic", item.getTitle(),
                item.getPlannedMinutes()));
        topics.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        take.setText(getTranslation("agenda.fromBacklog.take"));
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.addClickListener(click -> {
            var picked = available.stream().filter(topics.getSelectedItems()::contains).toList();
            if (!picked.isEmpty()) {
                onPick.accept(picked);
            }
            close();
        });
        var cancel = new Button(getTranslation("form.cancel"), click -> close());
        if (available.isEmpty()) {
            add(new Paragraph(getTranslation("agenda.fromBacklog.empty")));
            take.setVisible(false);
        } else {
            add(new Paragraph(getTranslation("agenda.fromBacklog.intro")), topics);
        }
        getFooter().add(cancel, take);
        setWidth("min(40rem, 100%)");
    }
}
