/**
 * Layout, translations, security helpers, MongoDB configuration and common UI pieces used by every
 * feature module. Open on purpose: its sub-packages are building blocks, not internals.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package de.arbeitsgruppe.portal.shared;

import org.springframework.modulith.ApplicationModule;
