package de.arbeitsgruppe.portal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browserless view tests: the whole application context with the embedded database in
 * memory and the demo data. Log in with {@code @WithMockUser(username = "<demo account>", roles = …)}.
 * The database is shared by all tests: a test that writes uses records of its own ({@link #unique}).
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "de.arbeitsgruppe.portal")
public abstract class ViewTest extends SpringBrowserlessTest {

    /** The page's one {@code h1}, as users and screen readers find it first. */
    protected H1 heading() {
        return findInView(H1.class).single();
    }

    /** The texts of the notifications currently shown, oldest first. */
    protected List<String> notifications() {
        return find(Notification.class).all().stream().filter(Notification::isOpened)
                .map(notification -> Optional.ofNullable(test(notification).getText()).orElseGet(() -> Notices.textOf(notification)))
                .toList();
    }

    /** A name no other test uses, e.g. "Testverein 3f2a9c1b". */
    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * All text of the view or component, as a screen reader would read it in one go: its text nodes and
     * the text that cells of lists hold as the browser's {@code innerText} (ResponsiveTable).
     */
    protected static String textOf(HasElement component) {
        return textOf(component.getElement());
    }

    private static String textOf(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerText")) {
            return element.getProperty("innerText");
        }
        return element.getChildren().map(ViewTest::textOf).collect(java.util.stream.Collectors.joining());
    }
}
