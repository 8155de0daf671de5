package org.plenary.inbox.web;

import org.plenary.inbox.InboxItem;

/**
 * Leads from a task to the page of its own form, by the form key the BPMN gives the task. Domains
 * complete their tasks in their own services; the inbox only routes.
 */
final class InboxForms {

    private InboxForms() {
    }

    static String outcome(InboxItem item) {
        if (item.formKey() == null) {
            return null;
        }
        return switch (item.formKey()) {
            case "grants/screening" -> item.callId() == null ? null
                    : "/secretariat/applications?call=" + item.callId();
            case "grants/clarification" -> "/applicant/applications";
            default -> null;
        };
    }
}
