package org.plenary.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    /** The templates the grant services use. */
    static final List<String> GRANT_TEMPLATES = List.of("grants.clarification.requested", "grants.review.assigned",
            "grants.review.reminder", "grants.review.overdue", "grants.decision.approved", "grants.decision.rejected",
            "grants.decision.waitlisted", "grants.approval.second-needed", "grants.agreement.ready",
            "grants.agreement.accepted", "grants.agreement.countersigned", "grants.payment.recorded",
            "grants.report.open", "grants.report.reminder", "grants.report.overdue", "grants.report.submitted",
            "grants.report.revision", "grants.report.accepted", "grants.closed", "grants.terminated");

    private static final ZoneId UTC = ZoneId.of("UTC");
    private final MailTemplates templates = new MailTemplates("https://grants.example.org/");

    @Test
    void aMessageIsWrittenInTheRecipientsLanguage() {
        RenderedMail spanish = templates.render("grants.decision.waitlisted", "es", UTC, "Peer support in Oaxaca");
        assertEquals("es", spanish.language());
        assertEquals("Su solicitud «Peer support in Oaxaca» está en lista de espera", spanish.subject());

        RenderedMail russian = templates.render("grants.closed", "ru", UTC, "Outreach in Tbilisi");
        assertEquals("Грант закрыт: «Outreach in Tbilisi»", russian.subject());
    }

    @Test
    void anUnsupportedOrMissingLanguageFallsBackToEnglish() {
        RenderedMail german = templates.render("grants.closed", "de", UTC, "Harm reduction in Berlin");
        assertEquals("en", german.language());
        assertEquals("Grant closed: \"Harm reduction in Berlin\"", german.subject());
        assertEquals("en", templates.render("grants.closed", null, UTC, "x").language());
    }

    @Test
    void anInstantIsShownInTheRecipientsTimeZone() {
        Instant due = Instant.parse("2026-06-26T09:00:00Z");

        RenderedMail tokyo = templates.render("grants.review.reminder", "fr", ZoneId.of("Asia/Tokyo"), "Projet", due);
        RenderedMail mexico = templates.render("grants.review.reminder", "fr", ZoneId.of("America/Mexico_City"),
                "Projet", due);

        assertTrue(tokyo.body().contains("26 juin 2026") && tokyo.body().contains("18:00 (Asia/Tokyo)"), tokyo.body());
        assertTrue(mexico.body().contains("26 juin 2026") && mexico.body().contains("03:00 (America/Mexico_City)"),
                mexico.body());
        assertTrue(tokyo.subject().endsWith("18:00 (Asia/Tokyo)"), tokyo.subject());
    }

    @Test
    void amountsKeepTheirDecimalsInTheRecipientsNumberFormat() {
        RenderedMail english = templates.render("grants.payment.recorded", "en", UTC, "Project",
                new BigDecimal("12000.50"), "TR-7");
        assertTrue(english.body().contains("A payment of 12,000.50 for the grant"), english.body());
        assertTrue(english.body().contains("Reference: TR-7"), english.body());
    }

    @Test
    void everyGrantTemplateExistsInEveryLanguageAndRendersAllItsArguments() {
        for (String template : GRANT_TEMPLATES) {
            assertTrue(MailTemplates.exists(template), template);
            String englishBody = templates.render(template, "en", UTC, "A0", "A1", "A2").body();
            for (String language : List.of("en", "fr", "es", "ru")) {
                RenderedMail mail = templates.render(template, language, UTC, "A0", "A1", "A2");
                String text = mail.subject() + "\n" + mail.body();
                assertFalse(text.contains("{") || text.contains("}"), template + " " + language + ": " + text);
                assertTrue(text.contains("A0"), template + " " + language + " names the application");
                for (String argument : List.of("A1", "A2")) {
                    assertEquals(englishBody.contains(argument), text.contains(argument),
                            template + " " + language + " uses " + argument + " as English does");
                }
                if (!language.equals("en")) {
                    assertFalse(mail.body().equals(englishBody), template + " is translated into " + language);
                }
            }
        }
    }

    @Test
    void apostrophesInTranslationsSurviveMessageFormat() {
        RenderedMail french = templates.render("grants.clarification.requested", "fr", UTC, "Projet", "Appel", "demain");
        assertTrue(french.body().contains("à l'appel « Appel »"), french.body());
        assertFalse(french.body().contains("''"), french.body());
    }

    @Test
    void theFooterNamesTheProductAndLinksToIt() {
        RenderedMail mail = templates.render("grants.closed", "en", UTC, "Project");
        assertTrue(mail.body().contains("\n-- \nPlenary · https://grants.example.org\n"), mail.body());
    }

    @Test
    void theDigestListsItsLinesInTheRecipientsLanguageWithTranslatedTaskNamesAndLocalDates() {
        MailLines lines = new MailLines(List.of(
                MailLines.Line.of("inbox.digest.line.overdue",
                        new LocalText("task.small-grant.screenEligibility", "Screen eligibility"), "Naloxone l'été",
                        java.time.LocalDate.of(2026, 11, 20)),
                MailLines.Line.of("inbox.digest.line", new LocalText("task.unknown.step", "Step from BPMN"), "Outreach"),
                MailLines.Line.of("inbox.digest.more", 3L)));
        for (String language : List.of("en", "fr", "es", "ru")) {
            RenderedMail mail = templates.render("inbox.digest", language, UTC, 2L, 1L, lines,
                    "https://grants.example.org/secretariat/inbox.xhtml");
            String text = mail.subject() + "\n" + mail.body();
            assertFalse(text.contains("{") || text.contains("}"), language + ": " + text);
            assertTrue(mail.body().contains("Naloxone l'été") && mail.body().contains("Outreach"), text);
            assertTrue(mail.body().contains("Step from BPMN"), "a task without a translation keeps its BPMN name");
            assertTrue(mail.body().contains("https://grants.example.org/secretariat/inbox.xhtml"), text);
            assertTrue(mail.subject().contains("2") && mail.subject().contains("1"), mail.subject());
        }
        String french = templates.render("inbox.digest", "fr", UTC, 2L, 1L, lines, "x").body();
        assertTrue(french.contains("- Vérifier l'éligibilité : « Naloxone l'été », EN RETARD depuis le 20 nov. 2026")
                || french.contains("EN RETARD depuis le 20 nov 2026"), french);
        assertTrue(french.contains("aujourd'hui") && french.contains("… et 3 autres"), french);
        String english = templates.render("inbox.digest", "en", UTC, 2L, 1L, lines, "x").body();
        assertTrue(english.contains("- Screen eligibility: \"Naloxone l'été\", OVERDUE since Nov 20, 2026"), english);
    }

    @Test
    void anUnknownTemplateIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("grants.no-such", "en", UTC));
    }
}
