package org.plenary.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One payment of a grant: a share of the approved amount, released by an event. */
@Embeddable
public class Tranche {

    @Column(name = "share_percent", nullable = false)
    private int percent;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_event", nullable = false, length = 32)
    private ReleaseEvent releaseEvent;

    protected Tranche() {
    }

    public Tranche(int percent, ReleaseEvent releaseEvent) {
        this.percent = percent;
        this.releaseEvent = releaseEvent;
    }

    public int getPercent() {
        return percent;
    }

    public ReleaseEvent getReleaseEvent() {
        return releaseEvent;
    }
}
