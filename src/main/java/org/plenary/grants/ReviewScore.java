package org.plenary.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reviewer's score (1 to 5) for one rubric criterion, in the rubric's order, with a comment. */
@Embeddable
public class ReviewScore {

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "comment", length = 4000)
    private String comment;

    protected ReviewScore() {
    }

    public ReviewScore(int score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
