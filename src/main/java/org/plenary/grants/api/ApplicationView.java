package org.plenary.grants.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.plenary.grants.ApplicationForm;
import org.plenary.grants.ApplicationStatus;
import org.plenary.grants.GrantApplication;

/** An application as the API shows it. */
public record ApplicationView(Long id, Long callId, String callTitle, String currency, Long organisationId,
        String organisationName, ApplicationStatus status, String projectTitle, String summary, String objectives,
        String activities, Set<String> countries, LocalDate startDate, LocalDate endDate, BigDecimal requestedAmount,
        List<ApplicationForm.BudgetLineForm> budget, boolean declaresAccuracy, boolean acceptsDataUse,
        Instant submittedAt, String screeningNote, String clarificationAnswer, Instant reviewDueAt,
        BigDecimal approvedAmount, String decisionReason, String terminationReason, long version) {

    public static ApplicationView of(GrantApplication a) {
        ApplicationForm form = a.asForm();
        return new ApplicationView(a.getId(), a.getCall().getId(), a.getCall().getTitle(), a.getCall().getCurrency(),
                a.getOrganisation().getId(), a.getOrganisation().getName(), a.getStatus(), a.getProjectTitle(),
                a.getSummary(), a.getObjectives(), a.getActivities(), a.getCountries(), a.getStartDate(),
                a.getEndDate(), a.getRequestedAmount(), form.budget(), Boolean.TRUE.equals(form.declaresAccuracy()),
                Boolean.TRUE.equals(form.acceptsDataUse()), a.getSubmittedAt(), a.getScreeningNote(),
                a.getClarificationAnswer(), a.getReviewDueAt(), a.getApprovedAmount(), a.getDecisionReason(),
                a.getTerminationReason(), a.getVersion());
    }
}
