package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeGaps;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import java.util.function.Predicate;

/**
 * What the register lacks, shown as the interface matrix shows a missing contact: each pair of
 * authorities on an interface without an agreement, marked "keine Vereinbarung", and the agreements
 * whose review date has passed.
 */
class ExchangeGapsSection extends Section {

    final ResponsiveTable<ExchangeGaps.Missing> missing = new ResponsiveTable<>(getTranslation("exchange.gaps.missing"));
    final ResponsiveTable<ExchangeAgreement> overdue = new ResponsiveTable<>(getTranslation("exchange.gaps.overdue"));
    final Paragraph none = new Paragraph(getTranslation("exchange.gaps.none"));

    private final Predicate<ExchangeGaps.Missing> mayEnter;

    /**
     * @param mayCreate whether the user may enter agreements at all: then the gaps have a column of links
     * @param mayEnter whether the user may enter the agreement of a gap: then it links to a form filled in for it
     *     (staff of a third authority would only meet a refusal on saving)
     */
    ExchangeGapsSection(boolean mayCreate, Predicate<ExchangeGaps.Missing> mayEnter) {
        this.mayEnter = mayEnter;
        missing.addColumn(getTranslation("exchangeAgreement.contactInterface"),
                gap -> getTranslation(gap.contactInterface().translationKey()));
        missing.addColumn(getTranslation("exchangeAgreement.organisationAId"), gap -> gap.first().name());
        missing.addColumn(getTranslation("exchangeAgreement.organisationBId"), gap -> gap.second().name());
        missing.addComponentColumn(getTranslation("exchange.gaps.state"), gap -> {
            var mark = new Span(getTranslation("exchange.gaps.noAgreement"));
            mark.addClassName("portal-gap");
            return mark;
        });
        if (mayCreate) {
            missing.addComponentColumn(getTranslation("exchange.gaps.action"), this::enter);
        }
        missing.addClassName("portal-matrix");
        overdue.addComponentColumn(getTranslation("exchangeAgreement.title"),
                agreement -> new Anchor(ExchangeTexts.detailRoute(agreement), agreement.getTitle()));
        overdue.addColumn(getTranslation("exchangeAgreement.contactInterface"),
                agreement -> getTranslation(agreement.getContactInterface().translationKey()));
        overdue.addColumn(getTranslation("exchangeAgreement.nextReview"), agreement -> Formats.date(agreement.getNextReview()));
        add(new H2(getTranslation("exchange.gaps.title")), new Paragraph(getTranslation("exchange.gaps.intro")), none,
                missing, overdue);
    }

    private Component enter(ExchangeGaps.Missing gap) {
        if (!mayEnter.test(gap)) {
            return new Span();
        }
        var link = new Anchor(ExchangeTexts.newRoute(gap), getTranslation("exchange.gaps.enter"));
        link.getElement().setAttribute("aria-label",
                getTranslation("exchange.gaps.enter.for", gap.first().name(), gap.second().name()));
        return link;
    }

    void show(ExchangeGaps gaps) {
        missing.setItems(gaps.missing());
        missing.setVisible(!gaps.missing().isEmpty());
        overdue.setItems(gaps.reviewOverdue());
        overdue.setVisible(!gaps.reviewOverdue().isEmpty());
        none.setVisible(gaps.isEmpty());
    }
}
