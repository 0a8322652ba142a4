package de.arbeitsgruppe.portal.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core's own npm release, run inside the page. The Java wrapper on Maven Central bundles an older
 * axe-core that misses rules (e.g. {@code label-content-name-mismatch} on the calendar), so the build
 * fetches {@code axe.min.js} of the version named in pom.xml onto the test classpath.
 */
final class Axe {

    /**
     * WCAG 2.1 A and AA (the level BITV 2.0 asks for) and the AA rules WCAG 2.2 added (target size,
     * dragging alternatives), which the EU's EN 301 549 will follow.
     */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final String VERSION = resource("version").strip();
    private static final String SCRIPT = resource("axe.min.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUN = """
            tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                .then(results => JSON.stringify({
                    version: results.testEngine.version,
                    passes: results.passes.length,
                    violations: results.violations.map(rule => ({
                        id: rule.id, impact: rule.impact, help: rule.help, helpUrl: rule.helpUrl,
                        nodes: rule.nodes.map(node => ({
                            target: JSON.stringify(node.target), html: node.html,
                            failureSummary: node.failureSummary || ''}))}))}))
            """;

    private Axe() {
    }

    /** Checks the page as it is now against the WCAG 2.2 AA rules. */
    static Results check(Page page) {
        // inline, which the portal's Content-Security-Policy allows: Vaadin Flow needs inline scripts itself
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        }
        return JSON.readValue((String) page.evaluate(RUN, WCAG_22_AA), Results.class);
    }

    private static String resource(String name) {
        try (var in = Axe.class.getResourceAsStream("/axe-core/" + name)) {
            if (in == null) {
                throw new IllegalStateException("axe-core/" + name + " is not on the test classpath: the build's "
                        + "generate-test-resources phase fetches it (see maven-antrun-plugin in pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Results(String version, int passes, List<Violation> violations) {

        String report(String url) {
            return violations.stream().map(Violation::report).collect(Collectors.joining("\n",
                    "axe-core " + version + " found " + violations.size() + " violation(s) on " + url + ":\n", ""));
        }
    }

    record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

        String report() {
            return "%s (%s): %s%n%s%n%s".formatted(id, impact, help, helpUrl, nodes.stream()
                    .map(node -> "  " + node.target() + "\n    " + node.html() + "\n    "
                            + node.failureSummary().replace("\n", "\n    "))
                    .collect(Collectors.joining("\n")));
        }
    }

    record Node(String target, String html, String failureSummary) {
    }
}
