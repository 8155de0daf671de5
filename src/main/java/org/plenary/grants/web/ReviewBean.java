package org.plenary.grants.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantReview;
import org.plenary.grants.RubricCriterion;
import org.plenary.grants.application.ApplicationService;
import org.plenary.grants.application.ReviewService;
import org.plenary.identity.web.CurrentUserBean;
import org.plenary.inbox.web.InboxReturn;
import org.plenary.platform.web.Feedback;

/** The reviewer's screens: their reviews, and one review beside the application it is about. */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The score and comment being written for one criterion. */
    public static class ScoreRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RubricCriterion criterion;
        private Integer score;
        private String comment;

        ScoreRow(RubricCriterion criterion) {
            this.criterion = criterion;
        }

        public RubricCriterion getCriterion() {
            return criterion;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @Inject
    ReviewService reviews;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentUserBean currentUser;

    private Long applicationId;
    private String from;
    private GrantApplication application;
    private List<GrantReview> visible;
    private List<GrantReview> mine;
    private List<ScoreRow> rows;
    private boolean conflict;
    private String note;
    private String comment;

    public List<GrantReview> getMine() {
        if (mine == null) {
            mine = reviews.mine();
        }
        return mine;
    }

    /** viewAction of reviewer/review.xhtml?application= */
    public void load() {
        application = applications.get(applicationId);
        visible = reviews.visibleReviews(applicationId);
        rows = new ArrayList<>(application.getCall().getRubric().stream().map(ScoreRow::new).toList());
    }

    public GrantReview getOwn() {
        return visible.stream().filter(r -> r.getReviewer().getId().equals(currentUser.getUser().getId()))
                .findFirst().orElse(null);
    }

    public List<GrantReview> getOthers() {
        return visible.stream().filter(r -> !r.getReviewer().getId().equals(currentUser.getUser().getId())
                && r.getSubmittedAt() != null).toList();
    }

    public String declare() {
        reviews.declare(applicationId, conflict, note);
        Feedback.info(conflict ? "review.conflictRecorded" : "review.declared");
        return InboxReturn.afterDone(from, "/reviewer/inbox", conflict ? "/reviewer/index?faces-redirect=true"
                : "/reviewer/review?faces-redirect=true&application=" + applicationId);
    }

    public String submit() {
        reviews.submit(applicationId, rows.stream().map(r -> new ReviewService.ScoreInput(r.getScore(),
                r.getComment())).toList(), comment);
        Feedback.info("review.submitted");
        return InboxReturn.afterDone(from, "/reviewer/inbox",
                "/reviewer/review?faces-redirect=true&application=" + applicationId);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public boolean isConflict() {
        return conflict;
    }

    public void setConflict(boolean conflict) {
        this.conflict = conflict;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
