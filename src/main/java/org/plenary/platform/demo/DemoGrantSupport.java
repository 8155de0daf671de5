package org.plenary.platform.demo;

import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.Organisation;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.platform.TimeSource;

/**
 * What the demo grants need besides the grant services, each in a transaction of its own: an
 * applicant account for every member organisation that applies, and the process timers that are
 * due at once (a report whose window is already open), run now because the async executor only
 * starts after deployment.
 */
@ApplicationScoped
public class DemoGrantSupport {

    /** An applicant for one of the demo network's member organisations. */
    record Applicant(String email, String name, String organisation, String language, String timeZone) {
    }

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    private static final String REPORT_OPENS = "waitUntilReportOpens";

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    /** Creates the applicants, with the password hash the demo accounts already share. */
    @Transactional
    public void createApplicants(List<Applicant> applicants) {
        String hash = em.createQuery("select u from User u where u.email = :e", User.class)
                .setParameter("e", DemoNetwork.ACCOUNTS.get(0).email()).getSingleResult().getPasswordHash();
        for (Applicant applicant : applicants) {
            Organisation organisation = em.createQuery("select o from Organisation o where o.name = :n",
                    Organisation.class).setParameter("n", applicant.organisation()).getSingleResult();
            em.persist(new User(applicant.email(), applicant.name(), organisation, applicant.language(),
                    applicant.timeZone(), EnumSet.of(Role.APPLICANT), hash, true, time.now()));
        }
    }

    /**
     * Opens the reports whose window has begun, as their timer would once the async executor runs:
     * its timer is removed and the execution waiting at "Report opens" triggered, in this
     * transaction. Executing the job itself would run Flowable's job machinery, with its own
     * transactions, on the start-up thread.
     */
    @Transactional
    public int fireDueTimers(String processInstanceId) {
        List<Job> due = management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list()
                .stream().filter(job -> REPORT_OPENS.equals(job.getElementId())).toList();
        for (Job timer : due) {
            // the timer goes first: triggering the execution leaves its job behind, and the job
            // would fire later at a step that is no longer waiting for it
            management.deleteTimerJob(timer.getId());
            runtime.trigger(timer.getExecutionId());
        }
        return due.size();
    }

    @Transactional
    public void recordLoaded(int applications, int applicants) {
        audit.record(Caller.system(), new AuditEntry("demo.grants.loaded", "DemoGrants", null, null, null,
                AuditSnapshot.with("applications", applications).and("applicants", applicants).json()));
    }
}
