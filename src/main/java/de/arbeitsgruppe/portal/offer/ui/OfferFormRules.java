package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferFormat;
import java.util.Objects;

/**
 * The rules of {@link OfferForm} that look at more than one field, bound so that the form checks
 * them as the user types; the service checks the same rules again (OfferRules).
 */
final class OfferFormRules {

    private OfferFormRules() {
    }

    static void bind(OfferForm form, boolean choosesProvider) {
        if (choosesProvider) {
            form.binder.forField(form.provider).asRequired(form.getTranslation("offer.validation.provider"))
                    .bind(offer -> form.provider.getListDataView().getItems()
                                    .filter(choice -> choice.id().equals(offer.getProviderOrganisationId())).findFirst().orElse(null),
                            (offer, chosen) -> offer.setProviderOrganisationId(chosen == null ? null : chosen.id()));
        }
        var startBinding = form.binder.forField(form.start)
                .withValidator(date -> date != null || form.continuousEntry.getValue(), form.getTranslation("offer.validation.start"))
                .bind("details.start");
        var endBinding = form.binder.forField(form.end)
                .withValidator(date -> date == null || form.start.getValue() == null || !date.isBefore(form.start.getValue()),
                        form.getTranslation("offer.validation.endBeforeStart"))
                .bind("details.end");
        var deadlineBinding = form.binder.forField(form.registrationDeadline)
                .withValidator(date -> date == null || form.end.getValue() == null || !date.isAfter(form.end.getValue()),
                        form.getTranslation("offer.validation.deadlineAfterEnd"))
                .bind("details.registrationDeadline");
        var levelToBinding = form.binder.forField(form.levelTo)
                .withValidator(to -> to == null || form.levelFrom.getValue() == null || form.levelFrom.getValue().compareTo(to) <= 0,
                        form.getTranslation("offer.validation.levelsUpsideDown"))
                .bind("details.levelTo");
        var districtBinding = form.binder.forField(form.district)
                .withValidator(chosen -> chosen != null || form.format.getValue() == OfferFormat.ONLINE,
                        form.getTranslation("offer.validation.districtRequired"))
                .bind(offer -> districtOf(form, offer.getDetails().getDistrictId()),
                        (offer, chosen) -> offer.getDetails().setDistrictId(chosen == null ? null : chosen.getId()));
        var freeBinding = form.binder.forField(form.freePlaces)
                .withValidator(free -> free == null || form.capacity.getValue() == null || free <= form.capacity.getValue(),
                        form.getTranslation("offer.validation.freeOverCapacity"))
                .bind("freePlaces");
        form.continuousEntry.addValueChangeListener(change -> recheck(startBinding));
        form.start.addValueChangeListener(change -> recheck(endBinding));
        form.end.addValueChangeListener(change -> recheck(deadlineBinding));
        form.levelFrom.addValueChangeListener(change -> recheck(levelToBinding));
        form.format.addValueChangeListener(change -> recheck(districtBinding));
        form.capacity.addValueChangeListener(change -> recheck(freeBinding));
    }

    /** A rule that depends on another field is checked again when that one changes, but only once the user filled it in. */
    private static void recheck(Binder.Binding<Offer, ?> binding) {
        if (!binding.getField().isEmpty() || ((HasValidation) binding.getField()).isInvalid()) {
            binding.validate();
        }
    }

    private static District districtOf(OfferForm form, String id) {
        return form.district.getListDataView().getItems().filter(choice -> Objects.equals(choice.getId(), id))
                .findFirst().orElse(null);
    }
}
