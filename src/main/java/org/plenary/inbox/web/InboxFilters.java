package org.plenary.inbox.web;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

import org.plenary.identity.Region;
import org.plenary.inbox.DueFilter;
import org.plenary.inbox.InboxFilter;
import org.plenary.inbox.InboxKind;
import org.plenary.inbox.InboxSort;
import org.plenary.inbox.InboxView;

/**
 * The inbox's view, filters and order for the rest of the session: a user who opens a task and comes
 * back finds the inbox as they left it.
 */
@SessionScoped
public class InboxFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private InboxView view = InboxView.OFFERED;
    private InboxKind kind;
    private Long callId;
    private Region region;
    private DueFilter due;
    private String search;
    private InboxSort sort = InboxSort.DUE;

    InboxFilter filter() {
        return new InboxFilter(kind, callId, region, due, search);
    }

    public InboxView getView() {
        return view;
    }

    public void setView(InboxView view) {
        this.view = view == null ? InboxView.OFFERED : view;
    }

    public InboxKind getKind() {
        return kind;
    }

    public void setKind(InboxKind kind) {
        this.kind = kind;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public DueFilter getDue() {
        return due;
    }

    public void setDue(DueFilter due) {
        this.due = due;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public InboxSort getSort() {
        return sort;
    }

    public void setSort(InboxSort sort) {
        this.sort = sort == null ? InboxSort.DUE : sort;
    }
}
