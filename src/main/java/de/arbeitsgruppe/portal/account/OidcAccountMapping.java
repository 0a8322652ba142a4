package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.shared.Role;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides from the claims of one Keycloak login who the user is in the portal, or why they get no
 * access. Pure: the organisation lookup is passed in, so it is tested without Spring.
 */
public final class OidcAccountMapping {

    /** The same rule as {@link Account}'s username, so a mapped login always saves. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 120;
    private static final int MAX_EMAIL = 200;

    /** Why a login gets no access; the name is also the reason shown on the "no access" page. */
    public enum Refusal {
        NO_USERNAME, NO_ORGANISATION, UNKNOWN_ORGANISATION, SEVERAL_ORGANISATIONS, NO_ROLE, DEACTIVATED,
        /** The username belongs to the portal account of an earlier Keycloak user (another {@code sub}). */
        REUSED_USERNAME;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Refusal> ofCode(String code) {
            return Stream.of(values()).filter(refusal -> refusal.code().equals(code)).findFirst();
        }
    }

    /** What the login says about the user: their portal account is created or updated to this. */
    public record Login(String username, String displayName, String email, String organisationId, Role role) {
    }

    /** Either a login or a refusal. */
    public record Decision(Login login, Refusal refusal) {

        static Decision granted(Login login) {
            return new Decision(login, null);
        }

        static Decision refused(Refusal refusal) {
            return new Decision(null, refusal);
        }

        public boolean isGranted() {
            return login != null;
        }
    }

    private final Function<String, Optional<String>> organisationIdByAlias;

    /** @param organisationIdByAlias the id of the portal organisation with this Keycloak alias, in the installation's working group */
    public OidcAccountMapping(Function<String, Optional<String>> organisationIdByAlias) {
        this.organisationIdByAlias = organisationIdByAlias;
    }

    public Decision decide(Map<String, Object> claims) {
        var username = text(claims.get("preferred_username")).map(name -> name.toLowerCase(Locale.ROOT));
        if (username.isEmpty() || !USERNAME.matcher(username.get()).matches()) {
            return Decision.refused(Refusal.NO_USERNAME);
        }
        var aliases = organisationAliases(claims.get("organization"));
        if (aliases.isEmpty()) {
            return Decision.refused(Refusal.NO_ORGANISATION);
        }
        // a user may sit in several Keycloak organisations; only those the working group knows count
        var known = aliases.stream().map(organisationIdByAlias).flatMap(Optional::stream).distinct().toList();
        if (known.isEmpty()) {
            return Decision.refused(Refusal.UNKNOWN_ORGANISATION);
        }
        if (known.size() > 1) {
            return Decision.refused(Refusal.SEVERAL_ORGANISATIONS);
        }
        var role = highestRole(claims);
        if (role.isEmpty()) {
            return Decision.refused(Refusal.NO_ROLE);
        }
        return Decision.granted(new Login(username.get(), displayName(claims, username.get()), email(claims),
                known.getFirst(), role.get()));
    }

    /** Keycloak sends a list of aliases, or a map alias → attributes when the organisation has attributes. */
    static Set<String> organisationAliases(Object claim) {
        Collection<?> values = switch (claim) {
            case Map<?, ?> map -> map.keySet();
            case Collection<?> list -> list;
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        var aliases = new LinkedHashSet<String>();
        values.forEach(value -> text(value).ifPresent(aliases::add));
        return aliases;
    }

    /** admin > coordinator > member > partner: the order of {@link Role}. Unknown roles are ignored. */
    static Optional<Role> highestRole(Map<String, Object> claims) {
        var names = new LinkedHashSet<String>();
        addAll(names, claims.get("roles"));
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            addAll(names, realmAccess.get("roles"));
        }
        return names.stream()
                .map(name -> Stream.of(Role.values()).filter(role -> role.name().equalsIgnoreCase(name)).findFirst())
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static void addAll(Set<String> names, Object claim) {
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> text(value).ifPresent(names::add));
        } else {
            text(claim).ifPresent(names::add);
        }
    }

    private static String displayName(Map<String, Object> claims, String username) {
        var name = text(claims.get("name")).or(() -> {
            var parts = Stream.of(claims.get("given_name"), claims.get("family_name"))
                    .map(OidcAccountMapping::text).flatMap(Optional::stream).toList();
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
        }).orElse(username);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME).strip() : name;
    }

    private static String email(Map<String, Object> claims) {
        return text(claims.get("email"))
                .filter(email -> email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches())
                .orElse(null);
    }

    private static Optional<String> text(Object value) {
        return value instanceof String string && !string.isBlank()
                ? Optional.of(string.strip()) : Optional.empty();
    }
}
