package de.arbeitsgruppe.portal.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a calendar program fetch {@value #PATH}{@code <secret>.ics} as the secret's owner, for that
 * one request: no session, no cookie. An unknown, revoked or malformed secret, or one of a
 * deactivated account, ends here with a bare 404 that does not tell which of these it was.
 */
class CalendarTokenFilter extends OncePerRequestFilter {

    static final String PATH = CalendarTokens.FEED_PATH;
    private static final Pattern FEED = Pattern.compile(Pattern.quote(PATH) + "([^/]+)\\.ics");

    private final CalendarTokens tokens;

    CalendarTokenFilter(CalendarTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var feed = FEED.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        var owner = feed.matches() ? tokens.owner(feed.group(1)) : Optional.<Account>empty();
        if (owner.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        var account = owner.get();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
                AuthorityUtils.createAuthorityList(account.getRole().authority())));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
