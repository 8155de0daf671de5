package org.plenary.grants.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.GrantReport;
import org.plenary.grants.application.GrantSteps;

/**
 * Dates and releases the small-grant process asks for in its expressions (report timers, the
 * "Released?" gateway of each tranche), read from the grant's payments and reports.
 */
@Named("grantSchedule")
@ApplicationScoped
public class GrantSchedule {

    @Inject
    GrantSteps steps;

    public boolean isReleased(Object paymentId) {
        return steps.isReleased(((Number) paymentId).longValue());
    }

    public String reportOpensAt(Object reportId) {
        return report(reportId).getOpensAt().toString();
    }

    public String reportDueAt(Object reportId) {
        return report(reportId).getDueAt().toString();
    }

    public String reportReminderAt(Object reportId) {
        return GrantSteps.reminderAt(report(reportId)).toString();
    }

    private GrantReport report(Object reportId) {
        return steps.report(((Number) reportId).longValue());
    }
}
