package org.plenary.it;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.flowable.engine.RuntimeService;
import org.plenary.grants.ApplicationForm;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantCall;
import org.plenary.identity.Organisation;

/**
 * Test-only endpoint deployed with GrantDecisionsIT: puts many applications of one organisation at
 * the decision step at once (through their real state changes and a real process instance moved to
 * "decide"), so that concurrent approvals can be tried without reviewing each by hand.
 */
@Path("it/grants")
@RequestScoped
public class GrantProbe {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @POST
    @Path("awaiting-decision")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public List<Long> awaitingDecision(@QueryParam("call") long callId, @QueryParam("organisation") long organisationId,
            @QueryParam("count") int count, @QueryParam("amount") BigDecimal amount) {
        GrantCall call = em.find(GrantCall.class, callId);
        Organisation organisation = em.find(Organisation.class, organisationId);
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GrantApplication application = new GrantApplication(call, organisation, now, "probe");
            application.write(new ApplicationForm("Concurrent " + i, "s", "o", "a", Set.of("KE"),
                    LocalDate.now().plusMonths(1), LocalDate.now().plusMonths(3), amount,
                    List.of(new ApplicationForm.BudgetLineForm("All", "", amount)), true, true));
            em.persist(application);
            em.flush();
            String instance = runtime.startProcessInstanceByKey("small-grant", "application-" + application.getId(),
                    Map.of("applicationId", application.getId(), "callId", callId, "organisationId", organisationId,
                            "caseTitle", "Concurrent " + i)).getId();
            runtime.createChangeActivityStateBuilder().processInstanceId(instance)
                    .moveActivityIdTo("screenEligibility", "decide").changeState();
            application.submit(now, "probe", instance);
            application.screen(true, null);
            application.startReview(now);
            application.reviewsComplete();
            ids.add(application.getId());
        }
        return ids;
    }
}
