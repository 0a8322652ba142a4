package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.arbeitsgruppe.portal.protocol.ProtocolSheet;

/** The buttons along the way of the minutes, each shown only to whom it is open now. */
class ProtocolActions extends HorizontalLayout {

    final Button start = new Button();
    final Button circulate = new Button();
    final Button approve = new Button();
    final Button reopen = new Button();
    final Button startCorrection = new Button();
    final Button finishCorrection = new Button();
    final Anchor pdf = new Anchor();
    final Anchor versions = new Anchor();

    ProtocolActions() {
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        start.setText(getTranslation("protocol.action.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        circulate.setText(getTranslation("protocol.action.circulate"));
        approve.setText(getTranslation("protocol.action.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.setText(getTranslation("protocol.action.reopen"));
        startCorrection.setText(getTranslation("protocol.action.startCorrection"));
        finishCorrection.setText(getTranslation("protocol.action.finishCorrection"));
        finishCorrection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // files served by the PDF endpoint, not pages of the router
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        pdf.setText(getTranslation("protocol.action.pdf"));
        versions.setText(getTranslation("protocol.action.versions"));
        add(start, circulate, approve, reopen, startCorrection, finishCorrection, pdf, versions);
    }

    void show(ProtocolSheet sheet) {
        var may = sheet.may();
        var id = sheet.meeting().getId();
        start.setVisible(may.start());
        circulate.setVisible(may.circulate());
        approve.setVisible(may.approve());
        reopen.setVisible(may.approve() && sheet.protocol().getState()
                == de.arbeitsgruppe.portal.protocol.ProtocolState.CIRCULATING);
        startCorrection.setVisible(may.correct() && sheet.protocol().getState()
                == de.arbeitsgruppe.portal.protocol.ProtocolState.APPROVED);
        finishCorrection.setVisible(may.correct() && sheet.protocol().getState()
                == de.arbeitsgruppe.portal.protocol.ProtocolState.CORRECTING);
        pdf.setVisible(sheet.exists());
        pdf.setHref("protokolle/" + id + "/aktuell.pdf");
        versions.setVisible(sheet.exists() && sheet.protocol().getCurrentVersion() > 0);
        versions.setHref("termine/" + id + "/protokoll/versionen");
    }
}
