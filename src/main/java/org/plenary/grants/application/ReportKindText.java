package org.plenary.grants.application;

import org.plenary.grants.ReportKind;
import org.plenary.notifications.LocalText;

/** A report's kind as an e-mail argument, shown in each recipient's language (reportKind.* in messages). */
final class ReportKindText {

    private ReportKindText() {
    }

    static LocalText of(ReportKind kind) {
        return new LocalText("reportKind." + kind.name(), kind == ReportKind.FINAL ? "Final report" : "Interim report");
    }
}
