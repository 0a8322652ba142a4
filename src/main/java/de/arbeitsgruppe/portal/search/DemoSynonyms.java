package de.arbeitsgruppe.portal.search;

import de.arbeitsgruppe.portal.search.internal.SynonymLists;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo working group's synonym list, stored once in demo mode so the page and the trail show a real record. */
@Component
@Order(35)
class DemoSynonyms implements ApplicationRunner {

    private final SynonymLists lists;
    private final PortalProperties properties;

    DemoSynonyms(SynonymLists lists, PortalProperties properties) {
        this.lists = lists;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoData() && !lists.existsById(properties.workingGroupId())) {
            lists.save(new SynonymList(properties.workingGroupId(), SynonymList.SEED));
        }
    }
}
