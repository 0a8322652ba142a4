package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.ProtocolContent;

/** Placeholder until the renderer lands (branch pdf). */
public final class ProtocolPdf {

    private ProtocolPdf() {
    }

    public static byte[] render(ProtocolContent content) {
        throw new UnsupportedOperationException("not yet");
    }
}
