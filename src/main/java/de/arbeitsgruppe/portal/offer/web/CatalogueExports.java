package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferFilterAddress;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.text.SpreadsheetCells;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current list as files: CSV for a spreadsheet (semicolons, UTF-8 with byte-order mark, headings
 * in the visitor's language, formula cells neutralised, as the portal's other CSV exports) and JSON
 * with stable English field names for other programs.
 */
@RestController
@RequestMapping(CatalogueLinks.LIST)
class CatalogueExports {

    /** The headings' keys: mostly the labels of the detail page, so a column says what the page says. */
    static final String[] COLUMNS = {"catalogue.csv.title", "catalogue.csv.provider", "catalogue.field.kind",
        "catalogue.field.levels", "catalogue.field.dates", "catalogue.field.schedule", "catalogue.field.format",
        "catalogue.field.district", "catalogue.field.address", "catalogue.field.freePlaces",
        "catalogue.badge.childcare", "catalogue.badge.womenOnly", "catalogue.badge.freeOfCharge",
        "catalogue.field.costs", "catalogue.field.contact", "catalogue.field.phone", "catalogue.field.email",
        "catalogue.field.registrationUrl", "catalogue.csv.updated"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OfferCatalogue catalogue;
    private final Districts districts;

    CatalogueExports(OfferCatalogue catalogue, Districts districts) {
        this.catalogue = catalogue;
        this.districts = districts;
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        var t = new CatalogueTexts(CatalogueController.language(parameters));
        var districtList = districts.ofPublicCatalogue();
        var filter = OfferFilterAddress.parse(parameters).withKnownDistricts(districtList).withPage(1);
        var offers = catalogue.all(filter);
        var today = catalogue.today();
        var links = new CatalogueLinks(filter, t.language());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("angebote.csv").build().toString());
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        var csv = new CSVPrinter(out, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get());
        csv.printRecord(Stream.of(COLUMNS).map(t::get).toList());
        for (CatalogueOffer offer : offers) {
            var card = OfferCard.of(offer, t, districtList, today, links);
            var d = offer.getDetails();
            csv.printRecord(SpreadsheetCells.of(card.title(), card.provider(), card.kind(), card.levels(), card.dates(),
                    d.getSchedule(), card.format(), card.district(), address(offer), card.freePlaces(),
                    yes(card.childcare(), t), yes(card.womenOnly(), t), yes(card.freeOfCharge(), t), d.getCosts(),
                    d.getContactName(), d.getContactPhone(), d.getContactEmail(), d.getRegistrationUrl(),
                    Formats.date(offer.getUpdatedAt() == null ? null
                            : offer.getUpdatedAt().atZone(Formats.ZONE).toLocalDate())));
        }
        if (offers.size() >= OfferCatalogue.MAX_EXPORT) {
            // said in the file itself, so nobody takes a cut list for all offers
            csv.printRecord(t.format("catalogue.csv.cutOff", String.valueOf(OfferCatalogue.MAX_EXPORT)));
        }
        csv.flush();
    }

    @GetMapping(value = "/export.json", produces = "application/json;charset=UTF-8")
    String json(@RequestParam MultiValueMap<String, String> parameters) {
        var districtList = districts.ofPublicCatalogue();
        var filter = OfferFilterAddress.parse(parameters).withKnownDistricts(districtList).withPage(1);
        var today = catalogue.today();
        var offers = catalogue.all(filter).stream().map(offer -> OfferJson.of(offer, districtList, today)).toList();
        return JSON.writeValueAsString(new ExportJson(OfferFilterAddress.format(filter), offers.size(),
                catalogue.today().toString(), offers));
    }

    /** The file as a whole: which filter made it, how many offers, on which day. */
    record ExportJson(String filter, int count, String date, List<OfferJson> offers) {
    }

    private static String address(CatalogueOffer offer) {
        var d = offer.getDetails();
        return Stream.of(d.getVenue(), d.getStreet(), join(d.getPostalCode(), d.getCity()))
                .filter(part -> part != null && !part.isBlank()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String join(String postalCode, String city) {
        return Stream.of(postalCode, city).filter(part -> part != null && !part.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(null);
    }

    private static String yes(boolean value, CatalogueTexts t) {
        return value ? t.get("catalogue.yes") : "";
    }
}
