package de.arbeitsgruppe.portal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port, started once per JVM and shared by every test
 * context that registers it, so that all contexts using it stay one cached context each.
 * <pre>
 * &#64;DynamicPropertySource
 * static void mailServer(DynamicPropertyRegistry registry) {
 *     TestMailServer.register(registry);
 * }
 * </pre>
 * Tests share the server: find your mails by address or subject, don't count all of them.
 */
public final class TestMailServer {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static GreenMail server;

    private TestMailServer() {
    }

    /** Points {@code spring.mail.host/port} at the server (and starts it). */
    public static void register(DynamicPropertyRegistry registry) {
        var port = start().getSmtp().getPort();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        }
        return server;
    }

    /** Every mail received so far, oldest first. */
    public static List<ReceivedMail> received() {
        return Arrays.stream(start().getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** The mails that match, waiting up to 15 s until there are at least {@code count} of them. */
    public static List<ReceivedMail> await(int count, Predicate<ReceivedMail> matching) {
        var until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var found = received().stream().filter(matching).toList();
            if (found.size() >= count || System.nanoTime() > until) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    /** Mails whose subject contains the text (e.g. a test's unique meeting title). */
    public static Predicate<ReceivedMail> about(String subjectPart) {
        return mail -> mail.subject() != null && mail.subject().contains(subjectPart);
    }
}
