package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.shared.PortalProperties;
import org.springframework.web.bind.annotation.ModelAttribute;
import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferFilterAddress;
import de.arbeitsgruppe.portal.shared.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalogue as plain HTML pages: no Vaadin session and no script bundle for a visitor on a
 * phone, every filter in the address (a GET form), five languages. It reads only the published
 * offers ({@link OfferCatalogue}) and the districts; nothing here changes anything.
 */
@Controller
@RequestMapping(CatalogueLinks.LIST)
class CatalogueController {

    private static final Resource STYLE = new ClassPathResource("katalog/katalog.css");

    private final OfferCatalogue catalogue;
    private final Districts districts;
    private final CourseJsonLd jsonLd;
    private final PortalProperties properties;

    CatalogueController(OfferCatalogue catalogue, Districts districts, CourseJsonLd jsonLd, PortalProperties properties) {
        this.properties = properties;
        this.catalogue = catalogue;
        this.districts = districts;
        this.jsonLd = jsonLd;
    }

    /** The footer's way into the portal: its own login page, or Keycloak in oidc mode. */
    @ModelAttribute("loginPath")
    String loginPath() {
        return "/" + properties.loginPath();
    }

    @GetMapping
    String list(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        var districtList = districts.ofPublicCatalogue();
        var filter = OfferFilterAddress.parse(parameters).withKnownDistricts(districtList);
        var page = catalogue.page(filter);
        var shown = filter.withPage(page.page());
        var t = CataloguePageFrame.prepare(model, language(parameters), shown, CatalogueLinks.LIST);
        var links = (CatalogueLinks) model.getAttribute("links");
        var today = catalogue.today();
        model.addAttribute("result", page);
        model.addAttribute("cards", page.offers().stream()
                .map(offer -> OfferCard.of(offer, t, districtList, today, links)).toList());
        model.addAttribute("pageLinks", PageLinks.of(page, links));
        model.addAttribute("form", FilterForm.of(shown, districtList, t));
        return "katalog/liste";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters, Model model,
            HttpServletResponse response) {
        var filter = OfferFilterAddress.parse(parameters);
        var path = CatalogueLinks.LIST + "/" + CatalogueLinks.encode(id);
        var t = CataloguePageFrame.prepare(model, language(parameters), filter, path);
        var found = catalogue.find(id);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "katalog/nicht-gefunden";
        }
        var offer = found.get();
        var districtList = districts.ofPublicCatalogue();
        var card = OfferCard.of(offer, t, districtList, catalogue.today(), (CatalogueLinks) model.getAttribute("links"));
        model.addAttribute("offer", offer);
        model.addAttribute("d", offer.getDetails());
        model.addAttribute("card", card);
        model.addAttribute("fundings", OfferCard.fundings(offer.getDetails(), t));
        model.addAttribute("deadline", Formats.date(offer.getDetails().getRegistrationDeadline()));
        model.addAttribute("registrationUrl", webAddress(offer.getDetails().getRegistrationUrl()));
        model.addAttribute("jsonLd", jsonLd.of(offer, card, districtList));
        return "katalog/angebot";
    }

    /** Every offer of the list on A4, without the form: for handing out. */
    @GetMapping("/druck")
    String print(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        var districtList = districts.ofPublicCatalogue();
        var filter = OfferFilterAddress.parse(parameters).withKnownDistricts(districtList).withPage(1);
        var t = CataloguePageFrame.prepare(model, language(parameters), filter, CatalogueLinks.LIST + "/druck");
        var today = catalogue.today();
        List<CatalogueOffer> all = catalogue.all(filter);
        var links = (CatalogueLinks) model.getAttribute("links");
        model.addAttribute("cards", all.stream().map(offer -> OfferCard.of(offer, t, districtList, today, links)).toList());
        model.addAttribute("offers", all);
        model.addAttribute("words", FilterWords.of(filter, districtList, t));
        model.addAttribute("printedOn", Formats.date(today));
        return "katalog/druck";
    }

    /**
     * The pages' one style sheet. Served here rather than as a static file: Vaadin's servlet answers
     * the paths that no controller claims, and its static files are its own bundle's.
     */
    @GetMapping(value = "/katalog.css", produces = "text/css;charset=UTF-8")
    ResponseEntity<Resource> stylesheet() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(STYLE);
    }

    @GetMapping("/leichte-sprache")
    String easyRead(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        CataloguePageFrame.prepare(model, language(parameters), OfferFilterAddress.parse(parameters),
                CatalogueLinks.LIST + "/leichte-sprache");
        return "katalog/leichte-sprache";
    }

    static CatalogueLanguage language(MultiValueMap<String, String> parameters) {
        return CatalogueLanguage.of(parameters.getFirst(CatalogueLanguage.PARAMETER));
    }

    /** Only web addresses become links: the form allows nothing else, and an old record is not trusted either. */
    private static String webAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
