package org.plenary.inbox.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.application.CallService;
import org.plenary.identity.Region;
import org.plenary.inbox.DueFilter;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.InboxKind;
import org.plenary.inbox.InboxPage;
import org.plenary.inbox.InboxRequest;
import org.plenary.inbox.InboxSort;
import org.plenary.inbox.InboxView;
import org.plenary.inbox.TaskNames;
import org.plenary.inbox.application.InboxService;
import org.plenary.inbox.application.TaskCollaboration;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The inbox page of reviewers and the secretariat: a lazily loaded table (one page of the read model per
 * request, never the whole list), the two views, filters and order (kept for the session in InboxFilters),
 * claim and unclaim, and the rows the secretariat selects for bulk actions (TaskActionsBean). Moving to the
 * next page uses the previous page's cursor; jumping to a page n uses an offset.
 */
@Named("inbox")
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InboxService inbox;

    @Inject
    InboxFilters filters;

    @Inject
    CallService calls;

    @Inject
    TaskCollaboration collaboration;

    private final Tasks tasks = new Tasks();
    private List<CallChoice> callChoices;
    private List<InboxItem> selected = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();

    /** A call the inbox can be narrowed to. */
    public record CallChoice(long id, String title) implements Serializable {
    }

    /** The table's data: counts and pages from the service; cursors remembered per offset. */
    public final class Tasks extends LazyDataModel<InboxItem> {

        private static final long serialVersionUID = 1L;
        private final Map<Integer, String> cursors = new HashMap<>();
        private final Map<String, InboxItem> shown = new HashMap<>();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, inbox.page(request(null, 0, 1, true)).total());
        }

        @Override
        public List<InboxItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            String cursor = first == 0 ? null : cursors.get(first);
            InboxPage page = inbox.page(request(cursor, cursor == null ? first : 0, pageSize, false));
            if (page.nextCursor() != null) {
                cursors.put(first + pageSize, page.nextCursor());
            }
            shown.clear();
            page.items().forEach(item -> shown.put(item.taskId(), item));
            return page.items();
        }

        @Override
        public String getRowKey(InboxItem item) {
            return item.taskId();
        }

        @Override
        public InboxItem getRowData(String rowKey) {
            return shown.get(rowKey);
        }

        void reset() {
            cursors.clear();
            shown.clear();
        }
    }

    private InboxRequest request(String cursor, int offset, int limit, boolean withTotal) {
        return new InboxRequest(filters.getView(), filters.filter(), filters.getSort(), cursor, offset, limit, withTotal);
    }

    /** Filters, order or view changed: page 1 again. */
    public void refresh() {
        tasks.reset();
        selected = new ArrayList<>();
    }

    /** The calls that exist, for the call filter (staff see every call; others get no call filter). */
    public List<CallChoice> getCalls() {
        if (callChoices == null) {
            try {
                callChoices = calls.all().stream().map(c -> new CallChoice(c.getId(), c.getTitle())).toList();
            } catch (AccessDeniedException notStaff) {
                callChoices = List.of();
            }
        }
        return callChoices;
    }

    /** The name of a task's owner (who delegated it). */
    public String ownerName(InboxItem item) {
        return item.owner() == null ? null : names.computeIfAbsent(item.owner(), collaboration::fullName);
    }

    public List<InboxItem> getSelected() {
        return selected;
    }

    public void setSelected(List<InboxItem> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public void claim(InboxItem item) {
        inbox.claim(item.taskId());
        tasks.reset();
        info("inbox.claimed", item.name());
    }

    public void unclaim(InboxItem item) {
        inbox.unclaim(item.taskId());
        tasks.reset();
        info("inbox.unclaimed", item.name());
    }

    /** Where the task's own form lives, or null when its form has no page yet. */
    public String formOutcome(InboxItem item) {
        return InboxForms.outcome(item);
    }

    /** The task's name in the page's language. */
    public String taskName(InboxItem item) {
        return TaskNames.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), item);
    }

    public boolean isOverdue(InboxItem item) {
        return item.overdueAt(java.time.Instant.now());
    }

    private static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), key, arguments), null));
    }

    public Tasks getTasks() {
        return tasks;
    }

    public InboxView[] getViews() {
        return InboxView.values();
    }

    public InboxKind[] getKinds() {
        return InboxKind.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public DueFilter[] getDueFilters() {
        return DueFilter.values();
    }

    public InboxSort[] getSorts() {
        return InboxSort.values();
    }

    public InboxView getView() {
        return filters.getView();
    }

    public void setView(InboxView view) {
        filters.setView(view);
    }

    public InboxKind getKind() {
        return filters.getKind();
    }

    public void setKind(InboxKind kind) {
        filters.setKind(kind);
    }

    public Long getCallId() {
        return filters.getCallId();
    }

    public void setCallId(Long callId) {
        filters.setCallId(callId);
    }

    public Region getRegion() {
        return filters.getRegion();
    }

    public void setRegion(Region region) {
        filters.setRegion(region);
    }

    public DueFilter getDue() {
        return filters.getDue();
    }

    public void setDue(DueFilter due) {
        filters.setDue(due);
    }

    public String getSearch() {
        return filters.getSearch();
    }

    public void setSearch(String search) {
        filters.setSearch(search);
    }

    public InboxSort getSort() {
        return filters.getSort();
    }

    public void setSort(InboxSort sort) {
        filters.setSort(sort);
    }
}
