package org.plenary.notifications;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A mail argument made of lines, one per item of a list (the tasks of a digest, say): each line is the
 * pattern {@code key} of mail*.properties in the recipient's language, with its own arguments shown as any
 * argument is (times in the recipient's zone, {@link LocalText} translated).
 */
public record MailLines(List<Line> lines) {

    public MailLines {
        lines = List.copyOf(lines);
    }

    /** One line: a pattern's key and its arguments (null arguments are shown empty). */
    public record Line(String key, List<Object> args) {

        public Line {
            args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
        }

        public static Line of(String key, Object... args) {
            return new Line(key, Arrays.asList(args));
        }
    }
}
