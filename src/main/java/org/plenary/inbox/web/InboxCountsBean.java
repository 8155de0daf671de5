package org.plenary.inbox.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.inbox.InboxView;
import org.plenary.inbox.application.InboxService;

/** The inbox's counts for the menu, read once per request. */
@Named("inboxCounts")
@RequestScoped
public class InboxCountsBean {

    @Inject
    InboxService inbox;

    private Map<InboxView, Long> counts;

    private Map<InboxView, Long> counts() {
        if (counts == null) {
            counts = inbox.counts();
        }
        return counts;
    }

    public long getMine() {
        return counts().getOrDefault(InboxView.MINE, 0L);
    }

    public long getOffered() {
        return counts().getOrDefault(InboxView.OFFERED, 0L);
    }
}
