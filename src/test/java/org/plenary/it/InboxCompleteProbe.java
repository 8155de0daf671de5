package org.plenary.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.flowable.engine.HistoryService;

/** Test-only endpoint deployed with InboxCompleteIT: how often a case was audited and a step completed. */
@Path("it/inbox-complete")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxCompleteProbe {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    HistoryService history;

    @GET
    @Path("audit-count")
    @Transactional
    public long auditCount(@QueryParam("action") String action, @QueryParam("object") String objectId) {
        return em.createQuery("select count(e) from AuditEvent e where e.action = :a and e.objectId = :o", Long.class)
                .setParameter("a", action).setParameter("o", objectId).getSingleResult();
    }

    /** Tasks of that step a person completed (not cancelled) in the case's process. */
    @GET
    @Path("completions")
    public long completions(@QueryParam("businessKey") String businessKey, @QueryParam("taskKey") String taskKey) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).finished().list().stream().filter(t -> t.getDeleteReason() == null).count();
    }
}
