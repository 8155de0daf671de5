package org.plenary.grants.api;

import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import org.plenary.grants.application.AgreementService;
import org.plenary.grants.application.ApplicationService;
import org.plenary.grants.application.DecisionService;
import org.plenary.grants.application.GrantTasks;
import org.plenary.grants.application.PaymentService;
import org.plenary.grants.application.ReportService;
import org.plenary.grants.application.ReviewService;
import org.plenary.grants.infrastructure.GrantCaseFacts;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.TaskCompleter;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;

/**
 * Completes every person's task of the small-grant process for the inbox's REST view: the form's fields
 * are the body the task's own endpoint takes (the same records), handed to the same service method.
 * A tranche's or a report's task names its payment or report itself, so the form need not.
 */
@ApplicationScoped
public class GrantTaskCompleter implements TaskCompleter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ApplicationService applications;

    @Inject
    ReviewService reviews;

    @Inject
    DecisionService decisions;

    @Inject
    AgreementService agreements;

    @Inject
    PaymentService payments;

    @Inject
    ReportService reports;

    @Inject
    GrantTasks tasks;

    /** What each task key does with the application id and the form. */
    private final Map<String, Step> steps = Map.ofEntries(
            step("screenEligibility", ApplicationResource.Screening.class, (id, f) ->
                    applications.screen(id, f.decision(), f.note(), f.answerWithinDays())),
            step("answerClarification", ApplicationResource.Answer.class, (id, f) ->
                    applications.answerClarification(id, f.answer())),
            step("assignReviewers", ReviewResource.Assignment.class, (id, f) ->
                    reviews.assign(id, f.reviewerIds(), f.dueInDays())),
            step("assignReplacementReviewer", ReviewResource.Replacement.class, (id, f) ->
                    reviews.assignReplacement(id, required(f.reviewerId(), "review.notAReviewer"))),
            step("declareInterests", ReviewResource.Declaration.class, (id, f) ->
                    reviews.declare(id, f.conflict(), f.note())),
            step("scoreApplication", ReviewResource.Scores.class, (id, f) ->
                    reviews.submit(id, f.scores(), f.comment())),
            step("decide", DecisionResource.Decision.class, (id, f) ->
                    decisions.decide(id, f.outcome(), f.amount(), f.reason())),
            step("confirmApproval", DecisionResource.Confirmation.class, (id, f) ->
                    decisions.confirm(id, f.confirmed(), f.note())),
            step("acceptAgreement", AgreementResource.Acceptance.class, (id, f) ->
                    agreements.accept(id, f.acceptsTerms(), f.paymentDetails())),
            Map.entry("countersignAgreement", (task, form) -> agreements.countersign(applicationId(task))),
            Map.entry("payTranche", (task, form) -> {
                PaymentResource.Paid paid = read(form, PaymentResource.Paid.class);
                payments.record(applicationId(task), tasks.variable(task.taskId(), "paymentId"), paid.paidOn(),
                        paid.amount(), paid.reference());
            }),
            Map.entry("submitReport", (task, form) -> {
                ReportResource.Submission submission = read(form, ReportResource.Submission.class);
                reports.submit(applicationId(task), tasks.variable(task.taskId(), "reportId"), submission.narrative(),
                        submission.spending());
            }),
            Map.entry("reviewReport", (task, form) -> {
                ReportResource.Review review = read(form, ReportResource.Review.class);
                reports.review(applicationId(task), tasks.variable(task.taskId(), "reportId"), review.accepted(),
                        review.note());
            }));

    private interface Step {
        void complete(InboxItem task, JsonObject form);
    }

    @Override
    public boolean handles(String formKey, String taskKey) {
        return formKey != null && formKey.startsWith("grants/") && steps.containsKey(taskKey);
    }

    @Override
    public void complete(InboxItem task, JsonObject form) {
        Step step = steps.get(task.taskKey());
        if (step == null) {
            throw new InvalidInputException("inbox.completeElsewhere");
        }
        step.complete(task, form);
    }

    /** The steps that take the application id and the endpoint's body record. */
    private static <T> Map.Entry<String, Step> step(String taskKey, Class<T> body, BiConsumer<Long, T> action) {
        return Map.entry(taskKey, (task, form) -> action.accept(applicationId(task), read(form, body)));
    }

    private static long applicationId(InboxItem task) {
        return GrantCaseFacts.applicationId(task.processKey(), task.businessKey()).orElseThrow(NotFoundException::new);
    }

    private static <T> T read(JsonObject form, Class<T> type) {
        try {
            T body = JSON.fromJson(form.toString(), type);
            if (body == null) {
                throw new InvalidInputException("inbox.formInvalid");
            }
            return body;
        } catch (JsonbException unreadable) {
            throw new InvalidInputException("inbox.formInvalid");
        }
    }

    private static long required(Long value, String messageKey) {
        if (value == null) {
            throw new InvalidInputException(messageKey);
        }
        return value;
    }
}
