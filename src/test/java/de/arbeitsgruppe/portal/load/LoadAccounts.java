package de.arbeitsgruppe.portal.load;

import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.load.LoadTestData.Scale;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The load test's accounts: members, office and partners in the served group ({@link LoadIds}),
 * and one office account in each other group, all with one password hash, made once: hashing 500
 * passwords would take longer than the rest of the seed.
 */
final class LoadAccounts {

    private final MongoTemplate mongo;
    private final String passwordHash;
    private final Scale scale;

    LoadAccounts(MongoTemplate mongo, String passwordHash, Scale scale) {
        this.mongo = mongo;
        this.passwordHash = passwordHash;
        this.scale = scale;
    }

    /** The accounts of group {@code number}, the served one being 1. */
    void write(int number, String workingGroup, List<String> authorities) {
        var accounts = new ArrayList<Document>();
        if (number == 1) {
            for (int n = 1; n <= scale.members(); n++) {
                accounts.add(account(LoadIds.member(n), "Lasttest Mitglied " + n, Role.MEMBER,
                        authorities.get((n - 1) % authorities.size()), workingGroup));
            }
            for (int n = 1; n <= scale.office(); n++) {
                accounts.add(account(LoadIds.office(n), "Lasttest Koordination " + n, Role.COORDINATOR, LoadIds.KOMMUNE,
                        workingGroup));
            }
            for (int n = 1; n <= 2 * scale.partnerOrganisations(); n++) {
                accounts.add(account(LoadIds.partner(n), "Lasttest Partner " + n, Role.PARTNER,
                        LoadIds.providerOrganisation((n + 1) / 2), workingGroup));
            }
        } else {
            accounts.add(account(LoadIds.officeOf(workingGroup), "Koordination " + workingGroup, Role.COORDINATOR,
                    authorities.getFirst(), workingGroup));
        }
        mongo.getCollection(mongo.getCollectionName(Account.class)).insertMany(accounts);
    }

    /** An active local account as the admin's form leaves it, with the one shared hash. */
    private Document account(String username, String name, Role role, String organisationId, String workingGroup) {
        var account = new Account(username, name, role, organisationId);
        account.setEmail(username + "@last.example");
        var document = new Document();
        mongo.getConverter().write(account, document);
        document.put("workingGroupId", workingGroup);
        document.put("passwordHash", passwordHash);
        document.put("version", 0L);
        return document;
    }
}
