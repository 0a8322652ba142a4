package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeExport;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Datenaustausch": the register of agreements between the authorities, and below it what is missing
 * (pairs of authorities without an agreement, reviews past their date). Partners never see it (see
 * {@code ExchangeAccess}).
 */
@Route(ExchangeTexts.LIST_ROUTE)
@Menu(order = 32, icon = "vaadin:exchange", title = "exchange.list.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class ExchangeListView extends PortalView {

    final Button create = new Button();
    final Anchor csv;
    final ResponsiveTable<ExchangeAgreement> list = new ResponsiveTable<>(getTranslation("exchange.list.register"));
    final Div empty = new Div();
    final ExchangeGapsSection gaps;

    private final ExchangeRegister register;

    ExchangeListView(ExchangeRegister register, ExchangeExport export) {
        this.register = register;
        gaps = new ExchangeGapsSection(register.mayCreate(), register::mayEnter);
        create.setText(getTranslation("exchange.list.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ExchangeTexts.NEW_ROUTE)));
        create.setVisible(register.mayCreate());
        csv = new Anchor(ExchangeCsv.download(export), AttachmentType.DOWNLOAD, getTranslation("exchange.list.csv"));
        csv.addClassName("portal-download");
        var actions = new HorizontalLayout(create, csv);
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        empty.add(new Paragraph(getTranslation("exchange.list.empty")));
        empty.addClassName("portal-empty");
        configureList();
        add(new Paragraph(getTranslation("exchange.list.intro")), actions,
                new H2(getTranslation("exchange.list.register")), list, empty, gaps);
        refresh();
    }

    private void configureList() {
        var today = register.today();
        list.addComponentColumn(getTranslation("exchangeAgreement.title"),
                agreement -> new Anchor(ExchangeTexts.detailRoute(agreement), agreement.getTitle()));
        list.addColumn(getTranslation("exchangeAgreement.contactInterface"),
                agreement -> getTranslation(agreement.getContactInterface().translationKey()));
        list.addColumn(getTranslation("exchange.list.parties"), agreement -> ExchangeTexts.parties(this, agreement));
        list.addColumn(getTranslation("exchangeAgreement.dataCategories"),
                agreement -> String.join(", ", agreement.getDataCategories()));
        list.addColumn(getTranslation("exchangeAgreement.frequency"), agreement -> agreement.getFrequency() == null ? ""
                : getTranslation(agreement.getFrequency().translationKey()));
        list.addComponentColumn(getTranslation("exchangeAgreement.nextReview"),
                agreement -> ExchangeTexts.review(this, agreement, today));
    }

    void refresh() {
        var agreements = register.list();
        list.setItems(agreements);
        list.setVisible(!agreements.isEmpty());
        empty.setVisible(agreements.isEmpty());
        gaps.show(register.gaps());
    }

    @Override
    protected String titleKey() {
        return "exchange.list.title";
    }
}
