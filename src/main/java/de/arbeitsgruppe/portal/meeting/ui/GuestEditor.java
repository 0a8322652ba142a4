package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import de.arbeitsgruppe.portal.meeting.Guest;
import java.util.ArrayList;
import java.util.List;

/** Guests without an account (name, organisation, e-mail), one row each; a wrong address is marked in its row. */
class GuestEditor extends Div {

    final Div rows = new Div();
    final Paragraph none = new Paragraph();
    final Button add = new Button();

    GuestEditor() {
        none.setText(getTranslation("meeting.form.guests.none"));
        none.addClassName("portal-empty");
        add.setText(getTranslation("meeting.form.guest.add"));
        add.addClickListener(click -> addRow(new Guest()).name.focus());
        add(new H2(getTranslation("meeting.form.guests")), new Paragraph(getTranslation("meeting.form.guests.help")),
                none, rows, add);
    }

    void setGuests(List<Guest> guests) {
        rows.removeAll();
        guests.forEach(this::addRow);
        none.setVisible(guests.isEmpty());
    }

    List<GuestRow> guestRows() {
        return rows.getChildren().map(GuestRow.class::cast).toList();
    }

    /** Marks wrong rows; true when every row is fine. */
    boolean validate() {
        boolean valid = true;
        for (GuestRow row : guestRows()) {
            valid &= row.binder.validate().isOk();
        }
        return valid;
    }

    List<Guest> value() {
        var guests = new ArrayList<Guest>();
        for (GuestRow row : guestRows()) {
            var guest = new Guest();
            try {
                row.binder.writeBean(guest);
            } catch (ValidationException e) {
                throw new IllegalStateException("validate() before value()", e);
            }
            guests.add(guest);
        }
        return guests;
    }

    GuestRow addRow(Guest guest) {
        var row = new GuestRow(guestRows().size() + 1);
        row.binder.readBean(guest);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            none.setVisible(guestRows().isEmpty());
            add.focus();
        });
        rows.add(row);
        none.setVisible(false);
        return row;
    }

    static class GuestRow extends HorizontalLayout {

        final TextField name = new TextField();
        final TextField organisation = new TextField();
        final EmailField email = new EmailField();
        final Button remove = new Button();
        final BeanValidationBinder<Guest> binder = new BeanValidationBinder<>(Guest.class);

        GuestRow(int number) {
            name.setLabel(getTranslation("meeting.form.guest.name"));
            name.setRequiredIndicatorVisible(true);
            organisation.setLabel(getTranslation("meeting.form.guest.organisation"));
            email.setLabel(getTranslation("meeting.form.guest.email"));
            email.setRequiredIndicatorVisible(true);
            email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
            remove.setText(getTranslation("meeting.form.guest.remove"));
            remove.setAriaLabel(getTranslation("meeting.form.guest.removeNumbered", number));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            binder.forField(name).withNullRepresentation("").bind("name");
            binder.forField(organisation).withNullRepresentation("").bind("organisation");
            binder.forField(email).withNullRepresentation("").bind("email");
            setWrap(true);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(name, organisation, email, remove);
        }
    }
}
