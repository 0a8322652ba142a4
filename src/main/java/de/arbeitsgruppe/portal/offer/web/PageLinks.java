package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.CataloguePage;
import java.util.ArrayList;
import java.util.List;

/** The page numbers under the list: the first, the last and two either side of the current one. */
public final class PageLinks {

    /** A link to a page of the list; {@code number} 0 stands for a gap ("…"). */
    public record PageLink(int number, String href, boolean current) {

        public boolean gap() {
            return number == 0;
        }
    }

    private static final int AROUND = 2;

    private PageLinks() {
    }

    static List<PageLink> of(CataloguePage page, CatalogueLinks links) {
        var pages = page.pages();
        var result = new ArrayList<PageLink>();
        if (pages <= 1) {
            return result;
        }
        var last = 0;
        for (int number = 1; number <= pages; number++) {
            if (number == 1 || number == pages || Math.abs(number - page.page()) <= AROUND) {
                if (last != 0 && number > last + 1) {
                    result.add(new PageLink(0, null, false));
                }
                result.add(new PageLink(number, links.page(number), number == page.page()));
                last = number;
            }
        }
        return result;
    }
}
