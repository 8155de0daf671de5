package org.plenary.inbox;

import java.time.Instant;

/**
 * One line of a case's history beside a task: a step done, withdrawn or open, or a comment someone left.
 * {@code who} is null where the reader may not know the person (another reviewer of the same case).
 */
public record CaseEvent(Instant at, Kind kind, String processKey, String taskKey, String taskName, String who,
        String text) {

    public enum Kind {
        OPEN, DONE, WITHDRAWN, COMMENT
    }
}
