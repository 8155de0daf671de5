package org.plenary.grants.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.ApplicationForm;
import org.plenary.grants.ApplicationRules;
import org.plenary.grants.ApplicationStatus;
import org.plenary.grants.CallStatus;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantCall;
import org.plenary.grants.ScreeningDecision;
import org.plenary.identity.Caller;
import org.plenary.identity.Organisation;
import org.plenary.identity.Role;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/**
 * Applications: an applicant drafts, saves and submits for their own organisation; submission
 * starts the small-grant process; the secretariat screens eligibility, possibly after asking the
 * applicant a question. Every step checks who is calling, changes data and process together and
 * is audited.
 */
@ApplicationScoped
public class ApplicationService {

    public static final String PROCESS = "small-grant";
    static final String SCREENING_TASK = "screenEligibility";
    static final String CLARIFICATION_TASK = "answerClarification";
    static final int MAX_CLARIFICATION_DAYS = 60;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    RuntimeService runtime;

    @Inject
    ReviewService reviews;

    @Inject
    GrantTasks grantTasks;

    /** The caller's organisation's application to this call: the existing one, or a new draft. */
    @Transactional
    public GrantApplication startOrResume(long callId) {
        Caller caller = requireApplicant();
        GrantCall call = em.find(GrantCall.class, callId);
        if (call == null || call.getStatus() == CallStatus.DRAFT) {
            throw new NotFoundException();
        }
        if (!call.isMultipleApplicationsAllowed()) {
            List<GrantApplication> existing = em.createQuery("select a from GrantApplication a where a.call.id = :c "
                    + "and a.organisation.id = :o", GrantApplication.class)
                    .setParameter("c", callId).setParameter("o", caller.organisationId()).getResultList();
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
        }
        if (!call.acceptsSubmissionsAt(time.now())) {
            throw new InvalidInputException("application.callClosed");
        }
        GrantApplication application = new GrantApplication(call, em.find(Organisation.class, caller.organisationId()),
                time.now(), caller.email());
        em.persist(application);
        try {
            em.flush();
        } catch (PersistenceException sameMoment) {
            // a second click or a second colleague got there first: the unique key keeps one application
            throw new InvalidInputException("application.exists");
        }
        record(caller, "grants.application.started", application, null);
        return application;
    }

    @Transactional
    public GrantApplication saveDraft(long id, long expectedVersion, ApplicationForm form) {
        Caller caller = requireApplicant();
        GrantApplication application = ownDraft(caller, id, expectedVersion);
        ApplicationRules.checkDraft(form);
        application.write(form);
        em.flush();
        record(caller, "grants.application.saved", application, null);
        return application;
    }

    /** Saves and submits in one step; a second submission, a late one or a stale form changes nothing. */
    @Transactional
    public GrantApplication submit(long id, long expectedVersion, ApplicationForm form) {
        Caller caller = requireApplicant();
        GrantApplication application = ownDraft(caller, id, expectedVersion);
        ApplicationRules.checkSubmission(form, application.getCall(), application.getOrganisation(), time.now());
        String before = snapshot(application);
        application.write(form);
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS, "application-" + id, Map.of(
                "applicationId", id, "callId", application.getCall().getId(),
                "organisationId", application.getOrganisation().getId(),
                "caseTitle", application.getProjectTitle())).getId();
        application.submit(time.now(), caller.email(), processInstanceId);
        em.flush();
        record(caller, "grants.application.submitted", application, before);
        return application;
    }

    /** The secretariat's screening: eligible, ineligible (with a reason) or a question to the applicant. */
    @Transactional
    public GrantApplication screen(long id, ScreeningDecision decision, String note, Integer answerWithinDays) {
        Caller caller = callers.current();
        if (!caller.has(Role.SECRETARIAT)) {
            throw new AccessDeniedException();
        }
        GrantApplication application = find(id);
        if (decision == null) {
            throw new InvalidInputException("screening.decisionRequired");
        }
        boolean needsText = decision != ScreeningDecision.ELIGIBLE;
        if (needsText && (note == null || note.isBlank())) {
            throw new InvalidInputException(decision == ScreeningDecision.CLARIFY ? "screening.questionRequired"
                    : "screening.reasonRequired");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("screening.noteTooLong", 2000);
        }
        Task task = openTask(application, SCREENING_TASK);
        String before = snapshot(application);
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("screening", decision.processValue()));
        if (decision == ScreeningDecision.CLARIFY) {
            int days = answerWithinDays == null ? 7 : answerWithinDays;
            if (days < 1 || days > MAX_CLARIFICATION_DAYS) {
                throw new InvalidInputException("screening.daysInvalid", MAX_CLARIFICATION_DAYS);
            }
            variables.put("clarificationDueAt", time.now().plus(Duration.ofDays(days)).toString());
            application.requestClarification(note);
        } else {
            application.screen(decision == ScreeningDecision.ELIGIBLE, note);
        }
        grantTasks.complete(task, variables);
        em.flush();
        record(caller, "grants.application.screened", application, before);
        return application;
    }

    /** The applicant's answer to the secretariat's question; screening resumes. */
    @Transactional
    public GrantApplication answerClarification(long id, String answer) {
        Caller caller = requireApplicant();
        GrantApplication application = find(id);
        if (!application.getOrganisation().getId().equals(caller.organisationId())) {
            throw new AccessDeniedException();
        }
        if (answer == null || answer.isBlank() || answer.length() > 4000) {
            throw new InvalidInputException("clarification.answerRequired", 4000);
        }
        Task task = openTask(application, CLARIFICATION_TASK);
        String before = snapshot(application);
        application.answerClarification(answer);
        grantTasks.complete(task, Map.of());
        em.flush();
        record(caller, "grants.application.clarified", application, before);
        return application;
    }

    /** The applications of the caller's own organisation. */
    @Transactional
    public List<GrantApplication> mine() {
        Caller caller = requireApplicant();
        return em.createQuery("select a from GrantApplication a where a.organisation.id = :o order by a.createdAt desc",
                GrantApplication.class).setParameter("o", caller.organisationId()).getResultList();
    }

    /** The applications to a call, for the network's staff. */
    @Transactional
    public List<GrantApplication> forCall(long callId) {
        Caller caller = callers.current();
        if (!caller.hasAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select a from GrantApplication a where a.call.id = :c and a.status <> :draft "
                + "order by a.submittedAt", GrantApplication.class)
                .setParameter("c", callId).setParameter("draft", ApplicationStatus.DRAFT).getResultList();
    }

    /** One application: its own organisation's applicants, and the network's staff once it is submitted. */
    @Transactional
    public GrantApplication get(long id) {
        Caller caller = callers.current();
        GrantApplication application = find(id);
        if (!maySee(caller, application) && !reviews.isReviewerOf(caller, id)) {
            throw new AccessDeniedException();
        }
        return application;
    }

    /** Who may read an application (and its attachments): its organisation's applicants; staff once submitted. */
    static boolean maySee(Caller caller, GrantApplication application) {
        boolean own = caller.has(Role.APPLICANT) && application.getOrganisation().getId().equals(caller.organisationId());
        boolean staff = caller.hasAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN)
                && application.getStatus() != ApplicationStatus.DRAFT;
        return own || staff;
    }

    private GrantApplication ownDraft(Caller caller, long id, long expectedVersion) {
        GrantApplication application = find(id);
        if (!application.getOrganisation().getId().equals(caller.organisationId())) {
            throw new AccessDeniedException();
        }
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("application.alreadySubmitted");
        }
        if (application.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return application;
    }

    private Task openTask(GrantApplication application, String taskKey) {
        return grantTasks.find(application, taskKey).orElseThrow(() -> grantTasks.notOpen(application, taskKey,
                taskKey.equals(SCREENING_TASK) ? "application.notInScreening" : "application.noQuestionOpen"));
    }

    private GrantApplication find(long id) {
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFoundException();
        }
        return application;
    }

    private Caller requireApplicant() {
        Caller caller = callers.current();
        if (!caller.has(Role.APPLICANT)) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    private void record(Caller caller, String action, GrantApplication application, String before) {
        audit.record(caller, new AuditEntry(action, "GrantApplication", application.getId().toString(),
                application.getOrganisation().getId(), before, snapshot(application)));
    }

    static String snapshot(GrantApplication a) {
        return AuditSnapshot.with("status", a.getStatus()).and("callId", a.getCall().getId())
                .and("requested", a.getRequestedAmount() == null ? null
                        : a.getRequestedAmount() + " " + a.getCall().getCurrency())
                .and("budgetLines", a.getBudget().size()).json();
    }
}
