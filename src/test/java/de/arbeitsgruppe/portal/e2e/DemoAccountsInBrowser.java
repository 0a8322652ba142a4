package de.arbeitsgruppe.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Shared by the local-login and the single-sign-on browser tests. */
public final class DemoAccountsInBrowser {

    private DemoAccountsInBrowser() {
    }

    /** Each demo account with name, organisation and exactly the navigation its role sees, in order. */
    public static Stream<Arguments> withTheirNavigation() {
        var contacts = List.of("Übersicht", "Meine Aufgaben", "Alle Aufgaben", "Organisationen", "Ansprechpartner", "Schnittstellen",
                "Datenaustausch");
        var meetings = new String[] {"Kalender", "Termine", "Beschlusssammlung", "Angebote", "Veranstaltungen"};
        var internalMeetings = new String[] {"Kalender", "Termine", "Themenspeicher", "Beschlusssammlung", "Berichte", "Prozessevaluation",
                "Angebote", "Veranstaltungen"};
        var officeMeetings = new String[] {"Kalender", "Termine", "Themenspeicher", "Beschlusssammlung", "Berichte", "Prozessevaluation", "Angebote",
                "Angebote prüfen", "Veranstaltungen"};
        return Stream.of(
                Arguments.of("erik.admin", "Erik Admin", "Landkreis Musterstadt",
                        plus(plus(plus(contacts, "Zu bestätigen", "Synonyme für die Suche"), officeMeetings), "Konten", "Postausgang", "Änderungsverlauf", "Datensicherung")),
                Arguments.of("anna.koordination", "Anna Koordination", "Landkreis Musterstadt",
                        plus(plus(contacts, "Zu bestätigen", "Synonyme für die Suche"), officeMeetings)),
                Arguments.of("bernd.agentur", "Bernd Agentur", "Agentur für Arbeit Musterstadt",
                        plus(contacts, internalMeetings)),
                Arguments.of("clara.jobcenter", "Clara Jobcenter", "Jobcenter Musterstadt",
                        plus(contacts, internalMeetings)),
                Arguments.of("dora.caritas", "Dora Caritas", "Caritasverband Musterstadt",
                        plus(List.of("Übersicht", "Meine Aufgaben", "Organisationen", "Ansprechpartner"), meetings)));
    }

    /** Debian's Chromium, headless, without the background traffic the closed network refuses. */
    public static Browser launchChromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    private static List<String> plus(List<String> items, String... more) {
        return Stream.concat(items.stream(), Stream.of(more)).toList();
    }
}
