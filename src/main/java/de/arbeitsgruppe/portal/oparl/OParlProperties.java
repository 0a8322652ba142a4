package de.arbeitsgruppe.portal.oparl;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the OParl interface.
 *
 * @param baseUrl the public address of the portal (scheme, host, port, no trailing slash), from which
 *        every id is made: ids must be the same whichever Host header a request came with
 *        (environment variable {@code PORTAL_OPARL_BASE_URL})
 * @param pageSize objects per list page
 * @param license the licence of the published data, an URL; none stated when empty
 */
@ConfigurationProperties("portal.oparl")
record OParlProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("100") int pageSize,
        @DefaultValue("") String license) {

    OParlProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        pageSize = Math.clamp(pageSize, 1, 1000);
    }
}
