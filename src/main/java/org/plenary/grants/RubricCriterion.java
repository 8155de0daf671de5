package org.plenary.grants;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion of a call's scoring rubric: its weight (percent of the total) and what each
 * score from 1 to 5 means, so that reviewers in different regions score alike.
 */
@Embeddable
public class RubricCriterion {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "score1", length = 500)
    private String score1;

    @Column(name = "score2", length = 500)
    private String score2;

    @Column(name = "score3", length = 500)
    private String score3;

    @Column(name = "score4", length = 500)
    private String score4;

    @Column(name = "score5", length = 500)
    private String score5;

    protected RubricCriterion() {
    }

    public RubricCriterion(String name, int weight, List<String> scoreDescriptions) {
        this.name = name == null ? null : name.trim();
        this.weight = weight;
        List<String> d = scoreDescriptions == null ? List.of() : scoreDescriptions;
        this.score1 = d.size() > 0 ? d.get(0) : null;
        this.score2 = d.size() > 1 ? d.get(1) : null;
        this.score3 = d.size() > 2 ? d.get(2) : null;
        this.score4 = d.size() > 3 ? d.get(3) : null;
        this.score5 = d.size() > 4 ? d.get(4) : null;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    /** Descriptions of scores 1 to 5 (empty strings where none was given). */
    public List<String> getScoreDescriptions() {
        return java.util.stream.Stream.of(score1, score2, score3, score4, score5)
                .map(s -> s == null ? "" : s).toList();
    }
}
