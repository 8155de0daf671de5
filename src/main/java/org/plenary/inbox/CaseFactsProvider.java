package org.plenary.inbox;

import java.util.Optional;

/**
 * Implemented once per domain (grants, consultations, speakers) as a CDI bean: tells the inbox the
 * facts of the case a process instance works on, from its process key and business key. Called
 * inside the engine's transaction whenever one of the case's tasks changes.
 */
public interface CaseFactsProvider {

    /** The facts, or empty when this provider does not know the process. */
    Optional<CaseFacts> describe(String processKey, String businessKey);
}
