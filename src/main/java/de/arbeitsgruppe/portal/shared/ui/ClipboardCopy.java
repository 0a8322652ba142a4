package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * A button that copies a text field's value into the clipboard and says whether it worked. The copy
 * runs in the browser within the click itself, because browsers allow writing the clipboard only
 * during a user's gesture; a round trip to the server first could lose it. The Clipboard API needs
 * a secure context (https or localhost), so elsewhere, or when the browser refuses, the field's text
 * is selected and copied with the older {@code execCommand("copy")}. The outcome comes back as a
 * DOM event, so the page shows it next to the button.
 */
public final class ClipboardCopy {

    static final String EVENT = "portal-copied";
    private static final String SCRIPT = """
            const button = this;
            const field = $0;
            const report = ok => button.dispatchEvent(new CustomEvent('portal-copied', {detail: ok}));
            const selectAndCopy = () => {
              const input = field.inputElement || field.querySelector('input');
              let ok = false;
              if (input) {
                input.focus();
                input.select();
                try {
                  ok = document.execCommand('copy');
                } catch (e) {
                  ok = false;
                }
              }
              report(ok);
            };
            button.addEventListener('click', () => {
              if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(() => report(true), selectAndCopy);
              } else {
                selectAndCopy();
              }
            });
            """;

    private ClipboardCopy() {
    }

    /** Makes a click on {@code button} copy the value of {@code field}; {@code outcome} hears whether it worked. */
    public static Registration install(Button button, Component field, SerializableConsumer<Boolean> outcome) {
        button.getElement().executeJs(SCRIPT, field.getElement());
        return button.getElement().addEventListener(EVENT,
                event -> outcome.accept(event.getEventData().path("event.detail").asBoolean(false)))
                .addEventData("event.detail");
    }
}
