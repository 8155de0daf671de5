package org.plenary.grants.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantReview;
import org.plenary.grants.ReviewScore;
import org.plenary.grants.ReviewStatus;
import org.plenary.grants.ReviewerSuggestions;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.TimeSource;

/**
 * Peer review: the secretariat assigns reviewers (or takes the suggestion), each reviewer declares
 * their interests and then scores every criterion. A reviewer sees the others' scores only after
 * submitting their own.
 */
@ApplicationScoped
public class ReviewService {

    static final String ASSIGN_TASK = "assignReviewers";
    static final String REPLACEMENT_TASK = "assignReplacementReviewer";
    static final String DECLARE_TASK = "declareInterests";
    static final String SCORE_TASK = "scoreApplication";
    static final String DECISION_TASK = "decide";
    static final int DEFAULT_DAYS = 14;
    static final int REMINDER_DAYS_BEFORE = 3;

    /** A score the reviewer gives one criterion, in the rubric's order. */
    public record ScoreInput(Integer score, String comment) {
    }

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
    RuntimeService runtime;

    /** Reviewers the system suggests for this application (secretariat). */
    @Transactional
    public List<User> suggest(long applicationId) {
        access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        return suggestFor(application, application.getCall().getReviewersPerApplication());
    }

    /** Up to count reviewers for the application, best first (also used to replace a conflicted reviewer). */
    public List<User> suggestFor(GrantApplication application, int count) {
        Set<Long> asked = new HashSet<>(em.createQuery("select r.reviewer.id from GrantReview r "
                + "where r.application.id = :a", Long.class).setParameter("a", application.getId()).getResultList());
        Map<Long, User> byId = new HashMap<>();
        List<ReviewerSuggestions.Candidate> candidates = new ArrayList<>();
        for (User user : eligibleReviewers()) {
            byId.put(user.getId(), user);
            candidates.add(new ReviewerSuggestions.Candidate(user.getId(), user.getOrganisation().getId(),
                    user.getOrganisation().getRegion(), openReviews(user.getId())));
        }
        return ReviewerSuggestions.pick(candidates, application.getOrganisation().getId(), asked, count).stream()
                .map(c -> byId.get(c.userId())).toList();
    }

    /** Every active user with the reviewer role, for the secretariat's choice. */
    @Transactional
    public List<User> reviewers() {
        access.secretariat();
        return eligibleReviewers();
    }

    private List<User> eligibleReviewers() {
        return em.createQuery("select u from User u join u.roles r where r = :role and u.active = true "
                + "order by u.fullName", User.class).setParameter("role", Role.REVIEWER).getResultList();
    }

    private long openReviews(long userId) {
        return em.createQuery("select count(r) from GrantReview r where r.reviewer.id = :u and r.status in :open",
                Long.class).setParameter("u", userId)
                .setParameter("open", List.of(ReviewStatus.ASSIGNED, ReviewStatus.SCORING)).getSingleResult();
    }

    /** The secretariat's choice of reviewers (as many as the call asks for), with a due date. */
    @Transactional
    public GrantApplication assign(long applicationId, List<Long> reviewerIds, Integer dueInDays) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        Task task = tasks.require(application, ASSIGN_TASK, "review.notAwaitingReviewers");
        int wanted = application.getCall().getReviewersPerApplication();
        if (reviewerIds == null || reviewerIds.size() != wanted || new HashSet<>(reviewerIds).size() != wanted) {
            throw new InvalidInputException("review.reviewerCount", wanted);
        }
        int days = dueInDays == null ? DEFAULT_DAYS : dueInDays;
        if (days < 3 || days > 90) {
            throw new InvalidInputException("review.daysInvalid", 3, 90);
        }
        Instant now = time.now();
        Instant due = now.plus(Duration.ofDays(days));
        String before = ApplicationService.snapshot(application);
        List<Long> reviewers = new ArrayList<>();
        for (Long reviewerId : reviewerIds) {
            User reviewer = eligibleReviewer(application, reviewerId);
            em.persist(new GrantReview(application, reviewer, now, due));
            reviewers.add(reviewer.getId());
        }
        application.startReview(due);
        tasks.complete(task, Map.of("reviewers", reviewers, "reviewDueAt", due.toString(),
                "reviewReminderAt", due.minus(Duration.ofDays(REMINDER_DAYS_BEFORE)).toString()));
        em.flush();
        audit.record(caller, new AuditEntry("grants.review.assigned", "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), before,
                AuditSnapshot.with("status", application.getStatus()).and("reviewers", reviewers)
                        .and("dueAt", due).json()));
        return application;
    }

    /** Whether the process waits for the secretariat to name a replacement reviewer (staff). */
    @Transactional
    public boolean replacementNeeded(long applicationId) {
        access.secretariat();
        return tasks.find(access.submitted(applicationId), REPLACEMENT_TASK).isPresent();
    }

    /** The secretariat names a reviewer for a place nobody could be suggested for. */
    @Transactional
    public GrantApplication assignReplacement(long applicationId, long reviewerId) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        Task task = tasks.require(application, REPLACEMENT_TASK, "review.noReplacementNeeded");
        User reviewer = eligibleReviewer(application, reviewerId);
        if (!em.createQuery("select r from GrantReview r where r.application.id = :a and r.reviewer.id = :u",
                GrantReview.class).setParameter("a", applicationId).setParameter("u", reviewerId).getResultList()
                .isEmpty()) {
            throw new InvalidInputException("review.alreadyAsked");
        }
        em.persist(new GrantReview(application, reviewer, time.now(), application.getReviewDueAt()));
        runtime.setVariable(task.getExecutionId(), "reviewer", reviewer.getId());
        tasks.complete(task, Map.of());
        em.flush();
        audit.record(caller, new AuditEntry("grants.review.replacement-assigned", "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), null,
                AuditSnapshot.with("reviewer", reviewer.getId()).json()));
        return application;
    }

    private User eligibleReviewer(GrantApplication application, Long reviewerId) {
        User reviewer = reviewerId == null ? null : em.find(User.class, reviewerId);
        if (reviewer == null || !reviewer.isActive() || !reviewer.hasRole(Role.REVIEWER)) {
            throw new InvalidInputException("review.notAReviewer");
        }
        if (reviewer.getOrganisation().getId().equals(application.getOrganisation().getId())) {
            throw new InvalidInputException("review.sameOrganisation", reviewer.getFullName());
        }
        return reviewer;
    }

    /**
     * The secretariat gives a review's open task (declaration or scoring) to another reviewer through the inbox:
     * the review moves to them in the same transaction, and so do the process's reminders and the next step.
     * Refused, with nothing changed, for someone who may not review this application: not an active reviewer,
     * of the applicant's organisation, or already asked to review it (the rules of the suggestions).
     */
    @Transactional
    public GrantReview reassign(long applicationId, String taskId, long newReviewerId) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        long formerId = tasks.variable(taskId, "reviewer");
        GrantReview review = em.createQuery("select r from GrantReview r where r.application.id = :a "
                + "and r.reviewer.id = :u", GrantReview.class).setParameter("a", applicationId)
                .setParameter("u", formerId).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("review.notMovable"));
        User reviewer = eligibleReviewer(application, newReviewerId);
        if (!em.createQuery("select r.id from GrantReview r where r.application.id = :a and r.reviewer.id = :u",
                Long.class).setParameter("a", applicationId).setParameter("u", newReviewerId).getResultList()
                .isEmpty()) {
            throw new InvalidInputException("review.alreadyReviewing", reviewer.getFullName());
        }
        ReviewStatus status = review.getStatus();
        review.moveTo(reviewer);
        tasks.setVariable(taskId, "reviewer", reviewer.getId());
        em.flush();
        audit.record(caller, new AuditEntry("grants.review.reassigned", "GrantReview", review.getId().toString(),
                application.getOrganisation().getId(), AuditSnapshot.with("reviewer", formerId).json(),
                AuditSnapshot.with("reviewer", reviewer.getId()).and("applicationId", applicationId)
                        .and("status", status).and("taskId", taskId).json()));
        return review;
    }

    /** The reviewer's declaration: no conflict (go on to score), or a conflict (another reviewer takes over). */
    @Transactional
    public GrantReview declare(long applicationId, boolean conflict, String note) {
        Caller caller = access.reviewer();
        GrantApplication application = access.submitted(applicationId);
        GrantReview review = ownActiveReview(caller, applicationId);
        if (conflict && (note == null || note.isBlank())) {
            throw new InvalidInputException("review.conflictNoteRequired");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("review.noteTooLong", 2000);
        }
        Task task = tasks.requireAssigned(application, DECLARE_TASK, caller.userId(), "review.alreadyDeclared");
        review.declare(conflict, note, time.now());
        runtime.setVariableLocal(task.getExecutionId(), "conflict", conflict);
        tasks.complete(task, Map.of());
        em.flush();
        audit.record(caller, new AuditEntry(conflict ? "grants.review.conflict-declared" : "grants.review.no-conflict",
                "GrantReview", review.getId().toString(), application.getOrganisation().getId(), null,
                AuditSnapshot.with("applicationId", applicationId).and("status", review.getStatus()).json()));
        return review;
    }

    /** The reviewer's scores, one per criterion with a comment; final once submitted. */
    @Transactional
    public GrantReview submit(long applicationId, List<ScoreInput> scores, String comment) {
        Caller caller = access.reviewer();
        GrantApplication application = access.submitted(applicationId);
        GrantReview review = ownActiveReview(caller, applicationId);
        if (review.getStatus() != ReviewStatus.SCORING) {
            throw new InvalidInputException("review.declareFirst");
        }
        if (scores == null || scores.stream().anyMatch(s -> s == null || s.score() == null)) {
            throw new InvalidInputException("review.scoreEveryCriterion");
        }
        if (comment != null && comment.length() > 4000) {
            throw new InvalidInputException("review.noteTooLong", 4000);
        }
        Task task = tasks.requireAssigned(application, SCORE_TASK, caller.userId(), "review.alreadySubmitted");
        review.submit(scores.stream().map(s -> new ReviewScore(s.score(), s.comment())).toList(), comment,
                application.getCall().getRubric(), time.now());
        tasks.complete(task, Map.of());
        if (tasks.find(application, DECISION_TASK).isPresent()) {
            application.reviewsComplete();
        }
        em.flush();
        audit.record(caller, new AuditEntry("grants.review.submitted", "GrantReview", review.getId().toString(),
                application.getOrganisation().getId(), null, AuditSnapshot.with("applicationId", applicationId)
                        .and("weightedScore", review.getWeightedScore()).json()));
        return review;
    }

    /**
     * The reviews of an application the caller may see: staff see all; a reviewer sees their own,
     * and the others only once their own is submitted.
     */
    @Transactional
    public List<GrantReview> visibleReviews(long applicationId) {
        Caller caller = callers.current();
        access.submitted(applicationId);
        List<GrantReview> all = em.createQuery("select r from GrantReview r where r.application.id = :a order by r.id",
                GrantReview.class).setParameter("a", applicationId).getResultList();
        if (caller.hasAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN)) {
            return all;
        }
        if (!caller.has(Role.REVIEWER)) {
            throw new AccessDeniedException();
        }
        GrantReview own = all.stream().filter(r -> r.getReviewer().getId().equals(caller.userId())).findFirst()
                .orElseThrow(AccessDeniedException::new);
        return own.getStatus() == ReviewStatus.SUBMITTED ? all : List.of(own);
    }

    /** The caller's own reviews, open ones first. */
    @Transactional
    public List<GrantReview> mine() {
        Caller caller = access.reviewer();
        return em.createQuery("select r from GrantReview r where r.reviewer.id = :u order by r.dueAt desc, r.id desc",
                GrantReview.class).setParameter("u", caller.userId()).getResultList();
    }

    /** Whether this caller reviews (or reviewed) this application without a declared conflict. */
    public boolean isReviewerOf(Caller caller, long applicationId) {
        return caller.has(Role.REVIEWER) && !em.createQuery("select r.id from GrantReview r where r.application.id = :a "
                + "and r.reviewer.id = :u and r.status <> :conflict", Long.class).setParameter("a", applicationId)
                .setParameter("u", caller.userId()).setParameter("conflict", ReviewStatus.CONFLICT).getResultList()
                .isEmpty();
    }

    private GrantReview ownActiveReview(Caller caller, long applicationId) {
        List<GrantReview> found = em.createQuery("select r from GrantReview r where r.application.id = :a "
                + "and r.reviewer.id = :u", GrantReview.class).setParameter("a", applicationId)
                .setParameter("u", caller.userId()).getResultList();
        if (found.isEmpty()) {
            throw new AccessDeniedException();
        }
        GrantReview review = found.get(0);
        if (!review.isActive()) {
            throw new InvalidInputException(review.getStatus() == ReviewStatus.SUBMITTED ? "review.alreadySubmitted"
                    : "review.alreadyDeclared");
        }
        return review;
    }
}
