package org.plenary.platform.demo;

import static org.plenary.platform.demo.DemoGrantSteps.SECRETARIAT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.grants.CallStatus;
import org.plenary.grants.DecisionOutcome;
import org.plenary.grants.GrantCall;
import org.plenary.grants.PaymentDetails;
import org.plenary.grants.ScreeningDecision;
import org.plenary.grants.application.CallService;
import org.plenary.platform.TimeSource;
import org.plenary.platform.demo.DemoGrantSupport.Applicant;

/**
 * The demo grants, walked through the real grant services at the first start of the demo profile,
 * so that every screen shows a real case: the open 26 June call holds applications from draft to
 * awaiting decision (the demo reviewer has one review to declare and one to score), and a call for
 * harm reduction services opened months ago holds grants from waitlisted and rejected through
 * four-eyes approval, agreement, payments and reports to closed and terminated. Each step acts as
 * the demo user who would take it, in a transaction of its own.
 */
@ApplicationScoped
public class DemoGrants {

    private static final Logger LOG = Logger.getLogger(DemoGrants.class.getName());
    static final String REVIEWER = "reviewer@demo.plenary";
    static final String REVIEWER_EUROPE = "reviewer.europe@demo.plenary";
    static final String REVIEWER_AFRICA = "reviewer.africa@demo.plenary";

    static final List<Applicant> APPLICANTS = List.of(
            new Applicant("applicant.beirut@demo.plenary", "Rania Haddad", "Beirut Harm Reduction Association", "en",
                    "Asia/Beirut"),
            new Applicant("applicant.bogota@demo.plenary", "Andrés Gómez", "Bogotá Collective for Drug Policy Reform",
                    "es", "America/Bogota"),
            new Applicant("applicant.rabat@demo.plenary", "Salma Benali", "Rabat Women's Health Collective", "fr",
                    "Africa/Casablanca"),
            new Applicant("applicant.almaty@demo.plenary", "Aigerim Nurlanova", "Almaty Women's Harm Reduction Circle",
                    "ru", "Asia/Almaty"),
            new Applicant("applicant.tunis@demo.plenary", "Youssef Trabelsi", "Tunis Health and Drug Policy Initiative",
                    "fr", "Africa/Tunis"),
            new Applicant("applicant.kathmandu@demo.plenary", "Sita Gurung", "Kathmandu Recovering Women Collective",
                    "en", "Asia/Kathmandu"),
            new Applicant("applicant.kyiv@demo.plenary", "Oksana Kovalenko", "Kyiv Alliance of People Who Use Drugs",
                    "en", "Europe/Kiev"),
            new Applicant("applicant.saopaulo@demo.plenary", "Mariana Souza", "São Paulo Harm Reduction Centre", "en",
                    "America/Sao_Paulo"),
            new Applicant("applicant.jakarta@demo.plenary", "Dewi Lestari", "Jakarta Peer Network for Health and Rights",
                    "en", "Asia/Jakarta"),
            new Applicant("applicant.tanzania@demo.plenary", "Neema Mushi", "Women Who Use Drugs Network Tanzania",
                    "en", "Africa/Dar_es_Salaam"),
            new Applicant("applicant.manila@demo.plenary", "Paolo Reyes", "Manila Support Don't Punish Coalition", "en",
                    "Asia/Manila"));

    /** An approved application whose grantee signs the agreement and the secretariat countersigns. */
    private record Grantee(long id, String amount, String applicant, PaymentDetails bank) {
    }

    @Inject
    DemoGrantSteps steps;

    @Inject
    DemoGrantSupport support;

    @Inject
    CallService calls;

    @Inject
    TimeSource time;

    /**
     * Loads the demo grants; called once, right after the demo network, outside any transaction.
     * A failure is logged and leaves Plenary running with the grants walked so far.
     */
    public void load() {
        long started = System.nanoTime();
        try {
            support.createApplicants(APPLICANTS);
            int applications = globalDayOfAction() + harmReductionServices();
            support.recordLoaded(applications, APPLICANTS.size());
            LOG.info(() -> "Demo grants loaded: " + applications + " applications in two calls, in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo grants could not be loaded completely", e);
        }
    }

    /** The open 26 June call: one application in each state from draft to awaiting decision. */
    private int globalDayOfAction() {
        long call = steps.as(SECRETARIAT, () -> calls.all()).stream()
                .filter(c -> c.getStatus() == CallStatus.OPEN && c.getTitle().startsWith("Support. Don't Punish"))
                .map(GrantCall::getId).findFirst().orElseThrow();
        LocalDate day = DemoProposals.nextGlobalDay(LocalDate.ofInstant(time.now(), ZoneOffset.UTC));
        String[][] rubric = DemoReviews.GLOBAL_DAY_RUBRIC;

        steps.draft("applicant@demo.plenary", call, DemoProposals.nairobiDraft(day));
        steps.submit(call, DemoProposals.beirut(day));
        long tbilisi = steps.submit(call, DemoProposals.tbilisi(day));
        steps.screen(tbilisi, ScreeningDecision.CLARIFY, "Your budget includes an event in Batumi: who organises it "
                + "locally, and has the city agreed to the public event?");
        long bogota = steps.submit(call, DemoProposals.bogota(day));
        steps.screen(bogota, ScreeningDecision.INELIGIBLE, "The forum takes place in November and includes no action "
                + "on the 26 June Global Day of Action, which this call funds. Please consider the regional advocacy "
                + "call next year.");
        long rabat = steps.submit(call, DemoProposals.rabat(day));
        steps.screen(rabat, ScreeningDecision.CLARIFY, "Can the women who speak at the public event stay anonymous "
                + "if they wish?");
        steps.answer("applicant.rabat@demo.plenary", rabat, "Yes. Each speaker chooses: she can speak behind a "
                + "screen, have her words read by a volunteer, or appear in the film with her face hidden. No "
                + "photographs of participants without written consent.");
        steps.screen(rabat, ScreeningDecision.ELIGIBLE, null);

        long almaty = eligible(call, DemoProposals.almaty(day));
        steps.assign(almaty, REVIEWER, REVIEWER_EUROPE);
        steps.review(almaty, REVIEWER_EUROPE, rubric, "A visible action with a concrete ask to the city.", 4, 4, 3);
        steps.declareNoConflict(almaty, REVIEWER);
        long tunis = eligible(call, DemoProposals.tunis(day));
        steps.assign(tunis, REVIEWER, REVIEWER_AFRICA);
        steps.declareNoConflict(tunis, REVIEWER_AFRICA);

        long mexico = eligible(call, DemoProposals.mexico(day));
        steps.assign(mexico, REVIEWER, REVIEWER_EUROPE);
        steps.review(mexico, REVIEWER, rubric, "Strong, women-led and well argued.", 5, 4, 5);
        steps.review(mexico, REVIEWER_EUROPE, rubric, "Fund it; the report will outlive the day.", 5, 3, 5);
        long kathmandu = eligible(call, DemoProposals.kathmandu(day));
        steps.assign(kathmandu, REVIEWER_EUROPE, REVIEWER_AFRICA);
        steps.review(kathmandu, REVIEWER_EUROPE, rubric, "Small and realistic.", 3, 4, 4);
        steps.review(kathmandu, REVIEWER_AFRICA, rubric, "Good, but the ministry meeting is not yet agreed.", 4, 3, 4);
        return 9;
    }

    /** A call that opened months ago: decisions, agreements, payments and reports in every state. */
    private int harmReductionServices() {
        GrantCall drafted = steps.as(SECRETARIAT, () -> calls.draft(DemoCalls.harmReductionServices(time.now())));
        long call = steps.as(SECRETARIAT, () -> calls.open(drafted.getId(), drafted.getVersion())).getId();
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        LocalDate started = today.minusDays(90);

        long tbilisi = reviewed(call, DemoProposals.tbilisiNaloxone(started), REVIEWER, REVIEWER_EUROPE, 4, 4, 3);
        long kampala = reviewed(call, DemoProposals.kampala(started), REVIEWER, REVIEWER_EUROPE, 2, 3, 2);
        long kyiv = reviewed(call, DemoProposals.kyiv(started), REVIEWER_EUROPE, REVIEWER_AFRICA, 5, 4, 4);
        long mexico = reviewed(call, DemoProposals.mexicoKits(started), REVIEWER, REVIEWER_AFRICA, 5, 4, 4);
        long saoPaulo = reviewed(call, DemoProposals.saoPaulo(started), REVIEWER_EUROPE, REVIEWER_AFRICA, 4, 4, 5);
        long jakarta = reviewed(call, DemoProposals.jakarta(started), REVIEWER_EUROPE, REVIEWER_AFRICA, 5, 5, 4);
        long nairobi = reviewed(call, DemoProposals.nairobi(started), REVIEWER, REVIEWER_EUROPE, 5, 4, 5);
        long tanzania = reviewed(call, DemoProposals.tanzania(today.minusDays(200)), REVIEWER, REVIEWER_EUROPE, 5, 5, 4);
        long manila = reviewed(call, DemoProposals.manila(started), REVIEWER_EUROPE, REVIEWER_AFRICA, 4, 3, 4);
        calls.closeAtDeadline(call);

        steps.decide(tbilisi, DecisionOutcome.WAITLIST, null, "A good proposal, but the envelope is used up. "
                + "Funded first if an approved grant returns money.");
        steps.decide(kampala, DecisionOutcome.REJECT, null, "Ranked below the funding line: reviewers found the "
                + "outreach targets unclear and most of the budget going to salaries. Please apply again next round.");
        steps.decide(kyiv, DecisionOutcome.APPROVE, "4000.00", "Ranked high; keeps people on treatment.");
        steps.approve(mexico, "3000.00", "Approved below the request: the kit supplies line is reduced.");
        steps.approve(saoPaulo, "2500.00", "Approved as requested.");
        steps.acceptAgreement("applicant.saopaulo@demo.plenary", saoPaulo, new PaymentDetails(
                "Centro de Redução de Danos de São Paulo", "Banco do Brasil", "BR1800360305000010009795493C1",
                "BRASBRRJ"));

        List<Grantee> grantees = List.of(
                new Grantee(jakarta, "4500.00", "applicant.jakarta@demo.plenary",
                        new PaymentDetails("Jaringan Sebaya Jakarta", "Bank Mandiri", "1230004567891", "BMRIIDJA")),
                new Grantee(nairobi, "3500.00", "applicant@demo.plenary", new PaymentDetails(
                        "Nairobi Harm Reduction Collective", "Equity Bank", "0180291234567", "EQBLKENA")),
                new Grantee(tanzania, "5000.00", "applicant.tanzania@demo.plenary", new PaymentDetails(
                        "Women Who Use Drugs Network Tanzania", "CRDB Bank", "0150387654300", "CORUTZTZ")),
                new Grantee(manila, "2000.00", "applicant.manila@demo.plenary", new PaymentDetails(
                        "Manila Support Don't Punish Coalition", "BDO Unibank", "001230456789", "BNORPHMM")));
        for (Grantee grantee : grantees) {
            steps.approve(grantee.id(), grantee.amount(), "Ranked within the envelope.");
            steps.acceptAgreement(grantee.applicant(), grantee.id(), grantee.bank());
            steps.countersign(grantee.id());
        }
        // Nairobi: the first tranche waits for payment, the interim report for the grantee
        steps.openDueReports(nairobi);

        steps.payNextTranche(jakarta);
        steps.submitReport("applicant.jakarta@demo.plenary", jakarta, 1, DemoReviews.JAKARTA_INTERIM,
                "1500.00", "900.00", "300.00");

        steps.payNextTranche(tanzania);
        steps.submitReport("applicant.tanzania@demo.plenary", tanzania, 1, DemoReviews.TANZANIA_INTERIM,
                "900.00", "1100.00", "500.00");
        steps.acceptReport(tanzania, 1, "Thank you: clear numbers and a good story.");
        steps.payNextTranche(tanzania);
        steps.submitReport("applicant.tanzania@demo.plenary", tanzania, 2, DemoReviews.TANZANIA_FINAL,
                "1800.00", "2150.00", "1000.00");
        steps.acceptReport(tanzania, 2, "Accepted. The unspent 50 USD on testing is noted.");
        steps.payNextTranche(tanzania);

        steps.payNextTranche(manila);
        steps.terminate(manila, "At the grantee's request: the drop-in lost its premises after the landlord was "
                + "pressured by local officials, and no safe new place was found. The unpaid tranches return to "
                + "the envelope.");
        return 9;
    }

    /** Submitted and screened eligible. */
    private long eligible(long call, DemoProposals.Proposal proposal) {
        long id = steps.submit(call, proposal);
        steps.screen(id, ScreeningDecision.ELIGIBLE, null);
        return id;
    }

    /** Eligible and scored by two reviewers (the first a little more generous than the second). */
    private long reviewed(long call, DemoProposals.Proposal proposal, String first, String second, int... scores) {
        long id = eligible(call, proposal);
        steps.assign(id, first, second);
        steps.review(id, first, DemoReviews.SERVICES_RUBRIC, null, scores);
        int[] stricter = scores.clone();
        stricter[1] = Math.max(1, stricter[1] - 1);
        steps.review(id, second, DemoReviews.SERVICES_RUBRIC, null, stricter);
        return id;
    }
}
