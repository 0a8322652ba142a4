package de.arbeitsgruppe.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The portal's real filter chain in MockMvc, and its local login form sent as a browser sends it. A
 * request that gets past security answers {@link #PORTAL_REACHED} instead of rendering a page.
 */
public final class LoginForm {

    public static final int PORTAL_REACHED = 299;

    private final MockMvc mvc;

    public LoginForm(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilter((request, response, chain) -> ((HttpServletResponse) response).setStatus(PORTAL_REACHED))
                .build();
    }

    public MockMvc mvc() {
        return mvc;
    }

    /** Sends the form from a client address ({@code null}: MockMvc's own); where the portal sends the browser next. */
    public String send(String name, String password, String from, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").with(csrf()).session(session).param("username", name)
                        .param("password", password).with(request -> {
                            if (from != null) {
                                request.setRemoteAddr(from);
                            }
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
