package org.plenary.grants.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.plenary.grants.ApplicationStatus;
import org.plenary.grants.GrantAgreement;
import org.plenary.grants.GrantPayment;
import org.plenary.grants.GrantReport;
import org.plenary.grants.GrantReview;
import org.plenary.grants.ReleaseEvent;
import org.plenary.grants.ReportKind;
import org.plenary.grants.ReportStatus;
import org.plenary.grants.ReviewStatus;
import org.plenary.grants.application.DecisionService;

/** How reviews, rankings, agreements, payments and reports look in the API. */
public final class GrantViews {

    private GrantViews() {
    }

    public record Score(int score, String comment) {
    }

    public record Review(Long id, Long applicationId, Long reviewerId, String reviewerName, ReviewStatus status,
            Instant dueAt, Instant submittedAt, BigDecimal weightedScore, List<Score> scores, String comment) {

        static Review of(GrantReview r) {
            return new Review(r.getId(), r.getApplication().getId(), r.getReviewer().getId(),
                    r.getReviewer().getFullName(), r.getStatus(), r.getDueAt(), r.getSubmittedAt(), r.getWeightedScore(),
                    r.getScores().stream().map(s -> new Score(s.getScore(), s.getComment())).toList(),
                    r.getOverallComment());
        }
    }

    public record Reviewer(Long id, String name, String organisation, String region) {
    }

    public record Ranked(int rank, Long applicationId, String projectTitle, String organisationName,
            ApplicationStatus status, BigDecimal requestedAmount, BigDecimal approvedAmount, BigDecimal score,
            long reviews) {

        static Ranked of(DecisionService.Ranked r) {
            return new Ranked(r.rank(), r.application().getId(), r.application().getProjectTitle(),
                    r.application().getOrganisation().getName(), r.application().getStatus(),
                    r.application().getRequestedAmount(), r.application().getApprovedAmount(), r.score(), r.reviews());
        }
    }

    public record Ranking(DecisionService.Envelope envelope, List<Ranked> applications) {
    }

    public record Agreement(Long applicationId, String termsVersion, String acceptedBy, Instant acceptedAt,
            String paymentDetails, String countersignedBy, Instant countersignedAt) {

        static Agreement of(GrantAgreement a) {
            return new Agreement(a.getApplicationId(), a.getTermsVersion(), a.getAcceptedBy(), a.getAcceptedAt(),
                    a.getMaskedPaymentDetails(), a.getCountersignedBy(), a.getCountersignedAt());
        }
    }

    public record Payment(Long id, Long applicationId, int trancheNo, int percent, ReleaseEvent releaseEvent,
            BigDecimal amountDue, Instant releasedAt, LocalDate paidOn, BigDecimal paidAmount, String reference) {

        static Payment of(GrantPayment p) {
            return new Payment(p.getId(), p.getApplication().getId(), p.getTrancheNo(), p.getPercent(),
                    p.getReleaseEvent(), p.getAmountDue(), p.getReleasedAt(), p.getPaidOn(), p.getPaidAmount(),
                    p.getReference());
        }
    }

    public record Report(Long id, Long applicationId, int reportNo, ReportKind kind, ReportStatus status,
            Instant opensAt, Instant dueAt, String narrative, List<BigDecimal> spending, Instant submittedAt,
            String reviewNote) {

        static Report of(GrantReport r) {
            return new Report(r.getId(), r.getApplication().getId(), r.getReportNo(), r.getKind(), r.getStatus(),
                    r.getOpensAt(), r.getDueAt(), r.getNarrative(), r.getSpending(), r.getSubmittedAt(),
                    r.getReviewNote());
        }
    }
}
