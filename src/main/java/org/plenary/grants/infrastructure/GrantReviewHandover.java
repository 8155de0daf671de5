package org.plenary.grants.infrastructure;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.grants.application.ReviewService;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.TaskHandover;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;

/**
 * A review's tasks (declare interests, score) in the inbox: given to another reviewer, the review moves with
 * them (ReviewService.reassign); never delegated, for a review is one person's own judgement and a delegate
 * could not submit it.
 */
@ApplicationScoped
public class GrantReviewHandover implements TaskHandover {

    private static final Set<String> REVIEW_TASKS = Set.of("declareInterests", "scoreApplication");

    @Inject
    ReviewService reviews;

    @Override
    public boolean handles(String formKey, String taskKey) {
        return "grants/review".equals(formKey) && REVIEW_TASKS.contains(taskKey);
    }

    @Override
    public void reassign(InboxItem task, long newAssigneeId) {
        reviews.reassign(applicationId(task), task.taskId(), newAssigneeId);
    }

    @Override
    public void delegate(InboxItem task, long delegateId) {
        throw new InvalidInputException("review.notDelegable");
    }

    private static long applicationId(InboxItem task) {
        return GrantCaseFacts.applicationId(task.processKey(), task.businessKey()).orElseThrow(NotFoundException::new);
    }
}
