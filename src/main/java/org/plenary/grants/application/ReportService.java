package org.plenary.grants.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.task.api.Task;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantPayment;
import org.plenary.grants.GrantReport;
import org.plenary.grants.ReleaseEvent;
import org.plenary.grants.ReportKind;
import org.plenary.grants.ReportStatus;
import org.plenary.identity.Caller;
import org.plenary.identity.application.CallerProvider;
import org.plenary.notifications.application.Notifications;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/**
 * Reports of running grants: the grantee submits narrative and actual spending per budget line,
 * the secretariat accepts or asks for a revision. Accepting a report releases the tranches that
 * wait for it.
 */
@ApplicationScoped
public class ReportService {

    static final String SUBMIT_TASK = "submitReport";
    static final String REVIEW_TASK = "reviewReport";
    public static final String TRANCHE_RELEASED = "trancheReleased";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    GrantAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    GrantTasks tasks;

    @Inject
    Notifications notifications;

    @Transactional
    public List<GrantReport> reports(long applicationId) {
        access.readable(callers.current(), applicationId);
        return em.createQuery("select r from GrantReport r where r.application.id = :a order by r.reportNo",
                GrantReport.class).setParameter("a", applicationId).getResultList();
    }

    /** Reports not yet accepted whose window has opened, earliest due first (staff). */
    @Transactional
    public List<GrantReport> due() {
        access.staff();
        return em.createQuery("select r from GrantReport r join fetch r.application where r.status <> :accepted "
                + "and r.opensAt <= :now order by r.dueAt", GrantReport.class)
                .setParameter("accepted", ReportStatus.ACCEPTED).setParameter("now", time.now()).getResultList();
    }

    @Transactional
    public GrantReport submit(long applicationId, long reportId, String narrative, List<BigDecimal> spending) {
        GrantReport report = find(applicationId, reportId);
        GrantApplication application = report.getApplication();
        Caller caller = access.grantee(application);
        Task task = tasks.requireFor(application, SUBMIT_TASK, "reportId", reportId, "report.notOpenYet");
        report.open();
        report.submit(narrative, spending, application.getBudget().size(), caller.email(), time.now());
        tasks.complete(task, Map.of());
        em.flush();
        audit.record(caller, new AuditEntry("grants.report.submitted", "GrantReport", report.getId().toString(),
                application.getOrganisation().getId(), null, AuditSnapshot.with("applicationId", applicationId)
                        .and("kind", report.getKind()).and("spent", report.getTotalSpent()).json()));
        return report;
    }

    @Transactional
    public GrantReport review(long applicationId, long reportId, boolean accepted, String note) {
        Caller caller = access.secretariat();
        GrantReport report = find(applicationId, reportId);
        GrantApplication application = report.getApplication();
        Task task = tasks.requireFor(application, REVIEW_TASK, "reportId", reportId, "report.notSubmitted");
        report.review(accepted, note, caller.email(), time.now());
        tasks.complete(task, Map.of("reportAccepted", accepted));
        String group = "org-" + application.getOrganisation().getId();
        if (accepted) {
            release(application, report.getKind() == ReportKind.FINAL ? ReleaseEvent.FINAL_REPORT_ACCEPTED
                    : ReleaseEvent.INTERIM_REPORT_ACCEPTED);
            notifications.toGroup(group, "grants.report.accepted", application.getProjectTitle(),
                    ReportKindText.of(report.getKind()));
        }
        em.flush();
        audit.record(caller, new AuditEntry(accepted ? "grants.report.accepted" : "grants.report.revision-requested",
                "GrantReport", report.getId().toString(), application.getOrganisation().getId(), null,
                AuditSnapshot.with("applicationId", applicationId).and("kind", report.getKind()).json()));
        return report;
    }

    /** Marks the tranches waiting for this event released and wakes the process's payment steps. */
    void release(GrantApplication application, ReleaseEvent event) {
        List<GrantPayment> waiting = em.createQuery("select p from GrantPayment p where p.application.id = :a "
                + "and p.releaseEvent = :e and p.releasedAt is null", GrantPayment.class)
                .setParameter("a", application.getId()).setParameter("e", event).getResultList();
        waiting.forEach(p -> p.release(time.now()));
        if (!waiting.isEmpty()) {
            em.flush();
            tasks.signal(application, TRANCHE_RELEASED);
        }
    }

    private GrantReport find(long applicationId, long reportId) {
        GrantReport report = em.find(GrantReport.class, reportId);
        if (report == null || !report.getApplication().getId().equals(applicationId)) {
            throw new NotFoundException();
        }
        return report;
    }
}
