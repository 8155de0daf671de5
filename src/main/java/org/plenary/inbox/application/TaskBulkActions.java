package org.plenary.inbox.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.grants.application.ReviewService;
import org.plenary.grants.infrastructure.GrantCaseFacts;
import org.plenary.identity.User;
import org.plenary.inbox.InboxItem;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.PlenaryException;
import org.plenary.platform.web.Messages;

/**
 * The secretariat's actions on many tasks at once. Each task is its own transaction (this class has none):
 * one refusal does not undo the others, and the answer tells for every task whether it was done or why not.
 */
@ApplicationScoped
public class TaskBulkActions {

    private static final Logger LOG = Logger.getLogger(TaskBulkActions.class.getName());
    public static final int MAX_TASKS = 200;
    static final String ASSIGN_REVIEWERS_TASK = "assignReviewers";

    /** What became of one task: done, or refused with the messages key and its text in the caller's language. */
    public record Outcome(String taskId, boolean done, String code, String reason) {
    }

    @Inject
    TaskCollaboration collaboration;

    @Inject
    ReviewService reviews;

    /** Gives every selected task to one person. */
    public List<Outcome> assign(List<String> taskIds, Long assigneeId, Locale locale) {
        collaboration.secretariat();
        return each(selected(taskIds), locale, taskId -> collaboration.assign(taskId, assigneeId));
    }

    /** Gives every open task assigned to someone who is away to another person. */
    public List<Outcome> reassignAll(Long fromUserId, Long toUserId, Locale locale) {
        collaboration.secretariat();
        List<String> theirs = collaboration.assignedTo(fromUserId, MAX_TASKS);
        return each(theirs, locale, taskId -> collaboration.assign(taskId, toUserId));
    }

    /**
     * Assigns the suggested reviewers (the grants' own suggestion and rules) to each application whose
     * selected task waits for reviewers.
     */
    public List<Outcome> assignSuggestedReviewers(List<String> taskIds, Locale locale) {
        collaboration.secretariat();
        return each(selected(taskIds), locale, taskId -> {
            InboxItem item = collaboration.openTask(taskId);
            Long application = ASSIGN_REVIEWERS_TASK.equals(item.taskKey())
                    ? GrantCaseFacts.applicationId(item.processKey(), item.businessKey()).orElse(null) : null;
            if (application == null) {
                throw new InvalidInputException("inbox.bulk.notAssignReviewers");
            }
            reviews.assign(application, reviews.suggest(application).stream().map(User::getId).toList(), null);
        });
    }

    private static List<String> selected(List<String> taskIds) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw new InvalidInputException("inbox.bulk.noneSelected");
        }
        if (taskIds.size() > MAX_TASKS) {
            throw new InvalidInputException("inbox.bulk.tooMany", MAX_TASKS);
        }
        return List.copyOf(new LinkedHashSet<>(taskIds));
    }

    private static List<Outcome> each(List<String> taskIds, Locale locale, Consumer<String> action) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                action.accept(taskId);
                outcomes.add(new Outcome(taskId, true, null, null));
            } catch (PlenaryException refused) {
                outcomes.add(new Outcome(taskId, false, refused.getMessageKey(), Messages.text(locale, refused)));
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "A bulk action failed on one task", failed);
                outcomes.add(new Outcome(taskId, false, "error.unexpected", Messages.text(locale, "error.unexpected")));
            }
        }
        return outcomes;
    }
}
