package org.plenary.grants.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.application.ApplicationService;
import org.plenary.grants.application.ReviewService;
import org.plenary.identity.User;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.api.ApiInput;

/** /api/applications/{id}/reviews: assignment by the secretariat, declaration and scores by reviewers. */
@Path("applications/{applicationId}/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    public record Assignment(List<Long> reviewerIds, Integer dueInDays) {
    }

    public record Replacement(Long reviewerId) {
    }

    public record Declaration(boolean conflict, String note) {
    }

    public record Scores(List<ReviewService.ScoreInput> scores, String comment) {
    }

    @Inject
    ReviewService reviews;

    @Inject
    ApplicationService applications;

    @PathParam("applicationId")
    long applicationId;

    @GET
    @Operation(summary = "Reviews the caller may see: staff all; a reviewer their own, the others once theirs is submitted")
    public List<GrantViews.Review> list() {
        return reviews.visibleReviews(applicationId).stream().map(GrantViews.Review::of).toList();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Suggested reviewers (secretariat): other organisations, spread across regions, balanced load")
    public List<GrantViews.Reviewer> suggestions() {
        return reviews.suggest(applicationId).stream().map(ReviewResource::reviewer).toList();
    }

    @POST
    @Operation(summary = "Assign the call's number of reviewers with a due date in days (secretariat)")
    public List<GrantViews.Review> assign(Assignment assignment) {
        Assignment body = ApiInput.body(assignment);
        reviews.assign(applicationId, body.reviewerIds(), body.dueInDays());
        return list();
    }

    @POST
    @Path("replacement")
    @Operation(summary = "Name a reviewer when no replacement could be suggested (secretariat)")
    public List<GrantViews.Review> replace(Replacement replacement) {
        Long reviewerId = ApiInput.body(replacement).reviewerId();
        if (reviewerId == null) {
            throw new InvalidInputException("review.notAReviewer");
        }
        reviews.assignReplacement(applicationId, reviewerId);
        return list();
    }

    @POST
    @Path("mine/declaration")
    @Operation(summary = "Declare conflicts of interest (reviewer); a conflict hands the review to another reviewer")
    public GrantViews.Review declare(Declaration declaration) {
        Declaration body = ApiInput.body(declaration);
        return GrantViews.Review.of(reviews.declare(applicationId, body.conflict(), body.note()));
    }

    @POST
    @Path("mine")
    @Operation(summary = "Submit scores, one per rubric criterion with a comment (reviewer)")
    public GrantViews.Review submit(Scores scores) {
        Scores body = ApiInput.body(scores);
        return GrantViews.Review.of(reviews.submit(applicationId, body.scores(), body.comment()));
    }

    static GrantViews.Reviewer reviewer(User u) {
        return new GrantViews.Reviewer(u.getId(), u.getFullName(), u.getOrganisation().getName(),
                String.valueOf(u.getOrganisation().getRegion()));
    }
}
