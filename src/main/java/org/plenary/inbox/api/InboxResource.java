package org.plenary.inbox.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.plenary.inbox.TaskNames;
import org.plenary.inbox.application.CaseHistory;
import org.plenary.inbox.application.InboxService;
import org.plenary.platform.InvalidInputException;

/**
 * /api/inbox: the caller's tasks (view=mine) or the unclaimed tasks offered to them (view=offered),
 * with the screen's filters and keyset paging (pass the answer's next as cursor); claim and unclaim.
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
    @Operation(summary = "The task to work next: the caller's own task due first, else the first offered to them; "
            + "204 when nothing waits")
    public InboxItemView next() {
        InboxItem next = inbox.next();
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
}
