package de.arbeitsgruppe.portal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browserless view tests: the whole application context with the embedded database in
 * memory and the demo data. Log in with {@code @WithMockUser(username = "<demo account>", roles = …)}.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "de.arbeitsgruppe.portal")
public abstract class ViewTest extends SpringBrowserlessTest {
}
