package org.plenary.grants.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.plenary.grants.GrantApplication;
import org.plenary.inbox.CaseFacts;
import org.plenary.inbox.CaseFactsProvider;
import org.plenary.inbox.InboxKind;

/**
 * Tells the inbox what a small-grant task is about: the application (business key
 * "application-&lt;id&gt;"), its organisation and region, and its call.
 */
@ApplicationScoped
public class GrantCaseFacts implements CaseFactsProvider {

    static final String PROCESS = "small-grant";
    static final String BUSINESS_KEY_PREFIX = "application-";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Override
    public Optional<CaseFacts> describe(String processKey, String businessKey) {
        return applicationId(processKey, businessKey)
                .map(id -> em.find(GrantApplication.class, id))
                .map(GrantCaseFacts::of);
    }

    /** The application id of a small-grant business key. */
    public static Optional<Long> applicationId(String processKey, String businessKey) {
        if (!PROCESS.equals(processKey) || businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(businessKey.substring(BUSINESS_KEY_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static CaseFacts of(GrantApplication application) {
        var organisation = application.getOrganisation();
        var call = application.getCall();
        return new CaseFacts(InboxKind.GRANT, application.getProjectTitle(), organisation.getId(), organisation.getName(),
                organisation.getRegion(), call.getId(), call.getTitle());
    }
}
