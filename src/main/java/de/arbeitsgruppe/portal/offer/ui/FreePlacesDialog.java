package de.arbeitsgruppe.portal.offer.ui;

import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.offer.OfferRefused;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * "Freie Plätze ändern": one number, saved at once and shown in the catalogue without a new review.
 * The dialog stays open until the number is saved, so a refused figure can be corrected in place.
 */
class FreePlacesDialog extends Dialog {

    final IntegerField places = new IntegerField();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** @param save saves the number; true when done */
    FreePlacesDialog(Offer offer, Predicate<Integer> save) {
        setHeaderTitle(getTranslation("offer.freePlaces.title"));
        places.setLabel(getTranslation("offer.field.freePlaces"));
        var capacity = offer.getDetails().getCapacity();
        places.setHelperText(capacity == null ? null : getTranslation("offer.freePlaces.help", capacity));
        places.setMin(0);
        places.setStepButtonsVisible(true);
        places.setValue(offer.getFreePlaces());
        places.setRequiredIndicatorVisible(true);
        confirm.setText(getTranslation("form.save"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (places.getValue() == null) {
                refuse(getTranslation("offer.freePlaces.required"));
            } else if (save.test(places.getValue())) {
                close();
            }
        });
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> close());
        add(new Paragraph(getTranslation("offer.freePlaces.text", offer.getDetails().getTitle())), places);
        getFooter().add(cancel, confirm);
        setWidth("min(28rem, 100%)");
    }

    /**
     * Opens the dialog for the offer and saves through the service: a refused figure is marked in the
     * field; after someone else's change the dialog keeps the number and the next click saves it on
     * the current version.
     */
    static FreePlacesDialog open(Component owner, OfferManagement offers, Offer offer, Runnable refresh) {
        var current = new AtomicReference<>(offer);
        var dialog = new AtomicReference<FreePlacesDialog>();
        dialog.set(new FreePlacesDialog(offer, places -> {
            try {
                return SaveFailures.attemptOrReload(owner, "offer.conflict.places", () -> {
                    offers.find(offer.getId()).ifPresent(current::set);
                    refresh.run();
                }, () -> offers.setFreePlaces(offer.getId(), current.get().getVersion(), places)).map(saved -> {
                    refresh.run();
                    Notices.success(owner.getTranslation("offer.freePlaces.saved", places));
                    return true;
                }).orElse(false);
            } catch (OfferRefused refused) {
                dialog.get().refuse(owner.getTranslation(refused.messageKey()));
                return false;
            }
        }));
        dialog.get().open();
        return dialog.get();
    }

    void refuse(String message) {
        places.setErrorMessage(message);
        places.setInvalid(true);
    }
}
