package org.plenary.inbox.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.identity.Region;
import org.plenary.inbox.DueFilter;
import org.plenary.inbox.InboxFilter;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.InboxKind;
import org.plenary.inbox.InboxPage;
import org.plenary.inbox.InboxRequest;
import org.plenary.inbox.InboxSort;
import org.plenary.inbox.InboxView;
import org.plenary.inbox.TaskCompletion;
import org.plenary.inbox.TaskNames;
import org.plenary.inbox.application.CaseHistory;
import org.plenary.inbox.application.InboxService;
import org.plenary.inbox.application.TaskBulkActions;
import org.plenary.inbox.application.TaskCollaboration;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.api.ApiInput;

/**
 * /api/inbox: the caller's tasks (view=mine) or the unclaimed tasks offered to them (view=offered),
 * with the screen's filters and keyset paging (pass the answer's next as cursor); claim and unclaim; assign,
 * delegate, resolve, follow-up dates, comments and the secretariat's bulk actions; the case's history; complete
 * with the task's form fields.
 */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    CaseHistory history;

    @Context
    HttpHeaders headers;

    /** A page of the inbox: its tasks, the total of the list (first page only) and the next page's cursor. */
    public record PageView(List<InboxItemView> items, long total, String next) {
        static PageView of(InboxPage page, Locale locale) {
            return new PageView(page.items().stream().map(item -> InboxItemView.of(item, locale)).toList(), page.total(), page.nextCursor());
        }
    }

    @GET
    @Operation(summary = "A page of the caller's inbox: view (mine | offered), kind, call, region, due (overdue | "
            + "this_week), q (case or organisation name), sort (due | priority | created), cursor or offset, limit")
    public PageView page(@QueryParam("view") @DefaultValue("offered") String view, @QueryParam("kind") String kind,
            @QueryParam("call") Long call, @QueryParam("region") String region, @QueryParam("due") String due,
            @QueryParam("q") String search, @QueryParam("sort") @DefaultValue("due") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        InboxFilter filter = new InboxFilter(parse(InboxKind.class, kind), call, parse(Region.class, region),
                parse(DueFilter.class, due), search);
        return PageView.of(inbox.page(new InboxRequest(parse(InboxView.class, view), filter, parse(InboxSort.class, sort),
                cursor, offset, limit, cursor == null)), locale());
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many tasks each view of the caller's inbox holds")
    public Map<InboxView, Long> counts() {
        return inbox.counts();
    }

    @GET
    @Path("next")
    @Operation(summary = "The task to work next after the task 'after' (optional): an open task of the same case, else "
            + "the caller's own task due first, else the first offered to them; 204 when nothing waits")
    public InboxItemView next(@QueryParam("after") String after) {
        InboxItem next = inbox.next(after);
        return next == null ? null : InboxItemView.of(next, locale());
    }

    @GET
    @Path("{taskId}")
    @Operation(summary = "One task of the caller's inbox; its formKey names the form that completes it")
    public InboxItemView task(@PathParam("taskId") String taskId) {
        return InboxItemView.of(inbox.task(taskId), locale());
    }

    /** One line of a case's history as the API shows it; {@code step} in the reader's language. */
    public record CaseEventView(Instant at, String kind, String step, String who, String text) {
    }

    @GET
    @Path("{taskId}/history")
    @Operation(summary = "What happened so far in the task's case: steps done, withdrawn and open, and comments, "
            + "newest first (staff see all; others only their own part, without other participants' names)")
    public List<CaseEventView> history(@PathParam("taskId") String taskId) {
        Locale locale = locale();
        return history.of(inbox.task(taskId).processInstanceId()).stream()
                .map(e -> new CaseEventView(e.at(), e.kind().name(),
                        e.taskKey() == null ? null : TaskNames.of(locale, e.processKey(), e.taskKey(), e.taskName()),
                        e.who(), e.text()))
                .toList();
    }

    @POST
    @Path("{taskId}/claim")
    @Operation(summary = "Take a task offered to the caller; 409 when someone else took it first")
    public InboxItemView claim(@PathParam("taskId") String taskId) {
        return InboxItemView.of(inbox.claim(taskId), locale());
    }

    @POST
    @Path("{taskId}/unclaim")
    @Operation(summary = "Give a task back to its groups (its assignee only)")
    public InboxItemView unclaim(@PathParam("taskId") String taskId) {
        return InboxItemView.of(inbox.unclaim(taskId), locale());
    }

    // ---- working together: assign, delegate, resolve, follow-up, comments, bulk (TaskCollaboration) ----

    public record Assignment(Long assignee) {
    }

    public record Delegation(Long to, String note) {
    }

    public record Note(String note) {
    }

    public record FollowUp(String date) {
    }

    public record NewComment(String text) {
    }

    public record BulkAssignment(List<String> taskIds, Long assignee) {
    }

    public record Reassignment(Long from, Long to) {
    }

    public record Selection(List<String> taskIds) {
    }

    @Inject
    TaskCollaboration collaboration;

    @Inject
    TaskBulkActions bulk;

    @POST
    @Path("{taskId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "(Secretariat) give an open task to a person who could take it and may see its case")
    public InboxItemView assign(@PathParam("taskId") String taskId, Assignment body) {
        return InboxItemView.of(collaboration.assign(taskId, ApiInput.body(body).assignee()), locale());
    }

    @POST
    @Path("{taskId}/delegate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "(The assignee) delegate the task to a person with a note; the caller stays its owner")
    public InboxItemView delegate(@PathParam("taskId") String taskId, Delegation body) {
        Delegation delegation = ApiInput.body(body);
        return InboxItemView.of(collaboration.delegate(taskId, delegation.to(), delegation.note()), locale());
    }

    @POST
    @Path("{taskId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "(The delegate) give a delegated task back to its owner, with a note")
    public InboxItemView resolve(@PathParam("taskId") String taskId, Note body) {
        return InboxItemView.of(collaboration.resolve(taskId, body == null ? null : body.note()), locale());
    }

    @PUT
    @Path("{taskId}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the task's follow-up date (yyyy-MM-dd); null clears it")
    public InboxItemView followUp(@PathParam("taskId") String taskId, FollowUp body) {
        String date = ApiInput.body(body).date();
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("inbox.followUpInvalid");
        }
        return InboxItemView.of(collaboration.followUp(taskId, day), locale());
    }

    @GET
    @Path("{taskId}/comments")
    @Operation(summary = "The task's comments, oldest first")
    public List<TaskCollaboration.TaskComment> comments(@PathParam("taskId") String taskId) {
        return collaboration.comments(taskId);
    }

    @POST
    @Path("{taskId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a comment the next person working the task sees (at most 2000 characters)")
    public TaskCollaboration.TaskComment comment(@PathParam("taskId") String taskId, NewComment body) {
        return collaboration.addComment(taskId, ApiInput.body(body).text());
    }

    @GET
    @Path("{taskId}/assignees")
    @Operation(summary = "The people the task may be given to (assigned or delegated)")
    public List<TaskCollaboration.Person> assignees(@PathParam("taskId") String taskId) {
        return collaboration.assignees(taskId);
    }

    @POST
    @Path("bulk/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "(Secretariat) give several tasks to one person; each task's outcome, each in its own transaction")
    public List<TaskBulkActions.Outcome> bulkAssign(BulkAssignment body) {
        BulkAssignment assignment = ApiInput.body(body);
        return bulk.assign(assignment.taskIds(), assignment.assignee(), locale());
    }

    @POST
    @Path("bulk/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "(Secretariat) give every open task assigned to one person (away) to another")
    public List<TaskBulkActions.Outcome> bulkReassign(Reassignment body) {
        Reassignment reassignment = ApiInput.body(body);
        return bulk.reassignAll(reassignment.from(), reassignment.to(), locale());
    }

    @POST
    @Path("bulk/assign-reviewers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "(Secretariat) assign the suggested reviewers to each selected application waiting for reviewers")
    public List<TaskBulkActions.Outcome> bulkAssignReviewers(Selection body) {
        return bulk.assignSuggestedReviewers(ApiInput.body(body).taskIds(), locale());
    }

    // ---- end of working together ----

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("inbox.filterInvalid", value.length() > 40 ? value.substring(0, 40) : value);
        }
    }

    @POST
    @Path("{taskId}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a task with its form's fields (the body of the task's own endpoint, see docs/api.md); "
            + "answers the completed task and the caller's next task; 409 when someone else completed or took it first")
    public TaskCompletion complete(@PathParam("taskId") String taskId, JsonObject form) {
        return inbox.complete(taskId, form);
    }
}
