package org.plenary.it;

import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.flowable.engine.TaskService;
import org.plenary.inbox.infrastructure.DigestJob;

/**
 * Test-only endpoint deployed with InboxDigestIT: runs the digest job for a given moment (the scheduled runs
 * are off in the integration tests), offers a task to one more candidate group and moves its due date, as a
 * later process might, and counts audit events.
 */
@Path("it/digest")
@RequestScoped
public class DigestProbe {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    DigestJob job;

    @Inject
    TaskService tasks;

    @POST
    @Path("run")
    @Produces(MediaType.APPLICATION_JSON)
    public int run(@QueryParam("at") String at) {
        return job.runDue(Instant.parse(at));
    }

    @POST
    @Path("offer")
    @Transactional
    public void offer(@QueryParam("task") String taskId, @QueryParam("group") String group) {
        tasks.addCandidateGroup(taskId, group);
    }

    @POST
    @Path("due")
    @Transactional
    public void due(@QueryParam("task") String taskId, @QueryParam("at") String at) {
        tasks.setDueDate(taskId, Date.from(Instant.parse(at)));
    }

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public long audit(@QueryParam("action") String action) {
        return em.createQuery("select count(e) from AuditEvent e where e.action = :a", Long.class)
                .setParameter("a", action).getSingleResult();
    }
}
