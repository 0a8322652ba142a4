package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.arbeitsgruppe.portal.account.DemoLogins;

/**
 * What the login page says besides the form: whom to write to for a forgotten password or a new
 * account, where visitors find the public events, and in demo mode the demo accounts.
 */
class LoginHelp extends Composite<Div> {

    final Anchor contact = new Anchor();
    final Anchor events = new Anchor("veranstaltungen", "");
    final Section demo = new Section();

    LoginHelp(String contactEmail, boolean demoMode) {
        getContent().addClassName("portal-login-help");
        contact.setHref("mailto:" + contactEmail);
        contact.setText(contactEmail);
        var help = new Paragraph(new Span(getTranslation("login.help") + " "), contact);
        events.setText(getTranslation("login.events"));
        getContent().add(new H2(getTranslation("login.help.title")), help, new Paragraph(events));
        if (demoMode) {
            showDemoAccounts();
            getContent().add(demo);
        }
    }

    private void showDemoAccounts() {
        var accounts = new UnorderedList();
        DemoLogins.all().forEach(login -> accounts.add(new ListItem(new Code(login.username()),
                new Span(" – " + getTranslation(login.role().translationKey())))));
        demo.add(new H2(getTranslation("login.demo.title")),
                new Paragraph(new Span(getTranslation("login.demo.password") + " "), new Code(DemoLogins.PASSWORD)),
                accounts);
    }
}
