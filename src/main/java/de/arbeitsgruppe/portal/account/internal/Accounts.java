package de.arbeitsgruppe.portal.account.internal;

import de.arbeitsgruppe.portal.account.Account;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Accounts extends MongoRepository<Account, String> {

    Optional<Account> findByUsername(String username);

    List<Account> findByWorkingGroupId(String workingGroupId, Sort sort);

    List<Account> findByWorkingGroupIdAndOrganisationId(String workingGroupId, String organisationId);

    boolean existsByUsername(String username);

    Optional<Account> findByCalendarTokenHash(String calendarTokenHash);

    Optional<Account> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);
}
