package org.plenary.inbox.web;

import org.plenary.grants.infrastructure.GrantCaseFacts;
import org.plenary.inbox.InboxItem;

/**
 * Leads from a task to the page of its own form, by the form key the BPMN gives the task. Domains
 * complete their tasks in their own services; the inbox only routes.
 */
final class InboxForms {

    private InboxForms() {
    }

    static String outcome(InboxItem item) {
        return InboxReturn.fromInbox(page(item));
    }

    private static String page(InboxItem item) {
        if (item.formKey() == null) {
            return null;
        }
        Long application = GrantCaseFacts.applicationId(item.processKey(), item.businessKey()).orElse(null);
        if (application == null) {
            return null;
        }
        return switch (item.formKey()) {
            case "grants/screening" -> "/secretariat/grant?id=" + application;
            case "grants/clarification" -> "/applicant/application?id=" + application;
            case "grants/review" -> "/reviewer/review?application=" + application;
            case "grants/assign-reviewers", "grants/decision", "grants/payment" -> "/secretariat/grant?id=" + application;
            // the grantee's steps and the secretariat's share a form key: the task says whose it is
            case "grants/agreement" -> "acceptAgreement".equals(item.taskKey()) ? "/applicant/grant?id=" + application
                    : "/secretariat/grant?id=" + application;
            case "grants/report" -> "submitReport".equals(item.taskKey()) ? "/applicant/grant?id=" + application
                    : "/secretariat/grant?id=" + application;
            default -> null;
        };
    }
}
