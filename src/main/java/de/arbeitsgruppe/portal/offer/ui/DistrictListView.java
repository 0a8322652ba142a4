package de.arbeitsgruppe.portal.offer.ui;

import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferRefused;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The office's list of districts (Ortsteile, Gemeinden) that offers name, one per row. A renamed
 * district keeps its identity, so the offers naming it follow the new name.
 */
@Route(OfferTexts.DISTRICTS_ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class DistrictListView extends PortalView {

    /** A row of the list: the district's id (none for a new one) and its name field. */
    record Row(String id, TextField name, Button remove, HorizontalLayout line) {
    }

    final Div rows = new Div();
    final List<Row> entries = new ArrayList<>();
    final Button addRow = new Button();
    final Button save = new Button();
    final HistorySlot history;

    private final Districts districts;
    private DistrictList list;

    DistrictListView(Districts districts, RecordHistory recordHistory) {
        this.districts = districts;
        this.history = new HistorySlot(recordHistory);
        addRow.setText(getTranslation("offer.districts.add"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.addClickListener(click -> add(null, "").name().focus());
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new Paragraph(getTranslation("offer.districts.intro")), rows, addRow, save, history,
                new Anchor(OfferTexts.LIST_ROUTE, getTranslation("offer.review.back")));
        show(districts.current());
    }

    private void show(DistrictList shown) {
        list = shown;
        rows.removeAll();
        entries.clear();
        shown.getDistricts().forEach(district -> add(district.getId(), district.getName()));
        if (entries.isEmpty()) {
            add(null, "");
        }
        if (shown.getVersion() != null) {
            history.show(DistrictList.class, shown.getId());
        }
    }

    private Row add(String id, String name) {
        var field = new TextField();
        field.setValue(name == null ? "" : name);
        field.setMaxLength(District.MAX_NAME);
        var remove = new Button(getTranslation("offer.districts.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var line = new HorizontalLayout(field, remove);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var row = new Row(id, field, remove, line);
        remove.addClickListener(click -> {
            entries.remove(row);
            rows.remove(line);
            relabel();
        });
        entries.add(row);
        rows.add(line);
        relabel();
        return row;
    }

    /** Each field is named by its place in the list, for screen readers and for the remove buttons. */
    private void relabel() {
        for (int i = 0; i < entries.size(); i++) {
            var label = getTranslation("offer.districts.name", i + 1);
            entries.get(i).name().setLabel(label);
            entries.get(i).remove().setAriaLabel(getTranslation("offer.districts.remove.for", label));
        }
    }

    void save() {
        var kept = new ArrayList<District>();
        var names = new HashSet<String>();
        var valid = true;
        for (Row row : entries) {
            row.name().setInvalid(false);
            var name = row.name().getValue().strip();
            if (name.isEmpty() && row.id() == null) {
                continue;
            }
            String error = null;
            if (name.isEmpty()) {
                error = getTranslation("offer.districts.blank");
            } else if (!names.add(name.toLowerCase(Locale.GERMAN))) {
                error = getTranslation("offer.validation.districtTwice");
            }
            if (error != null) {
                row.name().setErrorMessage(error);
                row.name().setInvalid(true);
                valid = false;
            }
            kept.add(new District(row.id(), name));
        }
        if (!valid) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        list.setDistricts(kept);
        try {
            SaveFailures.attemptOrReload(this, "offer.conflict.districts", () -> { }, () -> districts.save(list)).ifPresent(saved -> {
                show(saved);
                Notices.success(getTranslation("form.saved"));
            });
        } catch (OfferRefused refused) {
            Notices.error(getTranslation(refused.messageKey()));
        }
    }

    @Override
    protected String titleKey() {
        return "offer.districts.title";
    }
}
