package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.OfferFilter;
import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;

/**
 * What every catalogue page has around its content: the language (with {@code lang} and {@code dir}
 * of the page), its texts, the links that keep filter and language, and the language switch.
 */
public final class CataloguePageFrame {

    /** One language in the switch, named in itself ("العربية"), linking to this page in that language. */
    public record LanguageLink(String code, String name, String dir, String href, boolean current) {
    }

    private CataloguePageFrame() {
    }

    static CatalogueTexts prepare(Model model, CatalogueLanguage language, OfferFilter filter, String path) {
        var texts = new CatalogueTexts(language);
        var links = new CatalogueLinks(filter, language);
        model.addAttribute("lang", language);
        model.addAttribute("t", texts);
        model.addAttribute("links", links);
        model.addAttribute("languages", languages(links, language, path));
        return texts;
    }

    private static List<LanguageLink> languages(CatalogueLinks links, CatalogueLanguage current, String path) {
        return Arrays.stream(CatalogueLanguage.values()).map(language -> new LanguageLink(language.code(),
                new CatalogueTexts(language).get("catalogue.language.self"), language.dir(), links.in(path, language),
                language == current)).toList();
    }
}
