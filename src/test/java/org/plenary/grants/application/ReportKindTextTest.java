package org.plenary.grants.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.plenary.grants.ReportKind;
import org.plenary.notifications.MailTemplates;
import org.plenary.notifications.RenderedMail;

class ReportKindTextTest {

    private final MailTemplates templates = new MailTemplates("https://grants.example.org/");
    private final Instant due = Instant.parse("2026-06-26T09:00:00Z");

    @Test
    void aReportReminderNamesTheReportInTheRecipientsLanguage() {
        RenderedMail french = reminder("fr", ReportKind.INTERIM);
        RenderedMail spanish = reminder("es", ReportKind.FINAL);
        RenderedMail russian = reminder("ru", ReportKind.INTERIM);
        RenderedMail english = reminder("en", ReportKind.FINAL);

        assertTrue(french.body().contains("Rapport intermédiaire"), french.body());
        assertTrue(spanish.body().contains("Informe final"), spanish.body());
        assertTrue(russian.body().contains("Промежуточный отчёт"), russian.body());
        assertTrue(english.body().contains("Final report"), english.body());
        for (RenderedMail mail : new RenderedMail[] {french, spanish, russian, english}) {
            assertFalse(mail.subject().contains("INTERIM") || mail.subject().contains("FINAL"), mail.subject());
            assertFalse(mail.body().contains("INTERIM") || mail.body().contains("FINAL"), mail.body());
        }
    }

    private RenderedMail reminder(String language, ReportKind kind) {
        return templates.render("grants.report.reminder", language, ZoneId.of("UTC"), "Outreach in Tbilisi",
                ReportKindText.of(kind), due);
    }
}
