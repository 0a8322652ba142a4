package de.arbeitsgruppe.portal.oparl;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OParl 1.1 interface, read-only and public: the entry point {@code /oparl/v1/system}, the body,
 * its lists and every object at its own address. Everything comes from the projection
 * ({@link OParlStore}); ids and links are made from the configured base address, never from the
 * request's Host header.
 */
@RestController
@RequestMapping(OParlController.ROOT)
class OParlController {

    static final String ROOT = "/oparl/v1";

    private final OParlStore store;
    private final OParlProperties properties;
    private final OParlReconciler reconciler;

    OParlController(OParlStore store, OParlProperties properties, OParlReconciler reconciler) {
        this.store = store;
        this.properties = properties;
        this.reconciler = reconciler;
    }

    /** The interface's own address leads to its entry point, the system (301, as for any non-canonical URL). */
    @GetMapping({"", "/"})
    ResponseEntity<byte[]> root() {
        return ResponseEntity.status(org.springframework.http.HttpStatus.MOVED_PERMANENTLY)
                .header("Location", OParlJson.url(properties.baseUrl(), "system"))
                .header("Access-Control-Allow-Origin", "*").build();
    }

    @GetMapping("/system")
    ResponseEntity<byte[]> system() {
        return object(OParlType.SYSTEM, "system");
    }

    @GetMapping("/bodies")
    ResponseEntity<byte[]> bodies(@RequestParam MultiValueMap<String, String> parameters) {
        return list(OParlType.BODY, OParlPayloads.listPath(null, OParlType.BODY), parameters);
    }

    @GetMapping("/body/{body}")
    ResponseEntity<byte[]> body(@PathVariable String body) {
        return object(OParlType.BODY, OParlPayloads.bodyPath(body));
    }

    @GetMapping("/body/{body}/{list}")
    ResponseEntity<byte[]> list(@PathVariable String body, @PathVariable String list,
            @RequestParam MultiValueMap<String, String> parameters) {
        var type = OParlType.ofListSegment(list);
        if (type == null || type == OParlType.BODY || type == OParlType.SYSTEM || !body.equals(reconciler.body())) {
            throw new OParlAnswers.NotFound(OParlPayloads.bodyPath(body) + "/" + list);
        }
        return list(type, OParlPayloads.listPath(body, type), parameters);
    }

    @GetMapping("/{segment:organization|meeting|agenda-item|file|location}/{id}")
    ResponseEntity<byte[]> object(@PathVariable String segment, @PathVariable String id) {
        return object(OParlType.ofSegment(segment), segment + "/" + id);
    }

    /** Any other address below the interface: an OParl error, not the portal's login or error page. */
    @GetMapping("/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        throw new OParlAnswers.NotFound(request.getRequestURI().substring(Math.min(request.getRequestURI().length(),
                OParlJson.PREFIX.length())));
    }

    private ResponseEntity<byte[]> object(OParlType type, String path) {
        var stored = store.find(type, path).orElseThrow(() -> new OParlAnswers.NotFound(path));
        // a deleted object still answers, with 200 (specification, "Gelöschte Objekte")
        return OParlAnswers.json(OParlJson.render(stored, properties.baseUrl()));
    }

    private ResponseEntity<byte[]> list(OParlType type, String path, MultiValueMap<String, String> parameters) {
        var filter = OParlFilter.parse(parameters);
        var size = properties.pageSize();
        var found = type.stored() ? store.page(type, reconciler.body(), filter, filter.page(), size)
                : new OParlStore.ListPage(List.of(), 0);
        var page = OParlJson.MAPPER.createObjectNode();
        var data = page.putArray("data");
        found.objects().forEach(stored -> {
            var node = OParlJson.render(stored, properties.baseUrl());
            if (filter.omitInternal()) {
                omitInternalLists(node);
            }
            data.add(node);
        });
        var pages = Math.max(1, (found.total() + size - 1) / size);
        var pagination = page.putObject("pagination");
        pagination.put("totalElements", found.total());
        pagination.put("elementsPerPage", size);
        pagination.put("currentPage", filter.page());
        pagination.put("totalPages", pages);
        var links = page.putObject("links");
        links.put("first", pageUrl(path, filter.withPage(1)));
        if (filter.page() > 1) {
            links.put("prev", pageUrl(path, filter.withPage(Math.min(filter.page() - 1, pages))));
        }
        links.put("self", pageUrl(path, filter));
        if (filter.page() < pages) {
            links.put("next", pageUrl(path, filter.withPage(filter.page() + 1)));
        }
        links.put("last", pageUrl(path, filter.withPage(pages)));
        return OParlAnswers.json(page);
    }

    /** {@code omit_internal=true}: the lists the specification names may stay out; of ours, a meeting's items. */
    private static void omitInternalLists(ObjectNode node) {
        node.remove("agendaItem");
        node.remove("auxiliaryFile");
    }

    private String pageUrl(String path, OParlFilter filter) {
        var query = filter.parameters().entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + encode(parameter))
                .collect(Collectors.joining("&"));
        var url = OParlJson.url(properties.baseUrl(), path);
        return query.isEmpty() ? url : url + "?" + query;
    }

    private static String encode(Map.Entry<String, String> parameter) {
        return URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8);
    }
}
