package org.plenary.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.plenary.grants.ApplicationForm;
import org.plenary.grants.ApplicationForm.BudgetLineForm;

/**
 * What the demo network's member organisations wrote: applications to the 26 June call and to the
 * call for harm reduction services, in the words such small, community-led organisations use.
 */
final class DemoProposals {

    private DemoProposals() {
    }

    /** Who applies (an applicant of the organisation) and what they submit. */
    record Proposal(String applicant, ApplicationForm form) {

        BigDecimal requested() {
            return form.requestedAmount();
        }
    }

    /** The next 26 June Global Day of Action after today. */
    static LocalDate nextGlobalDay(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), 6, 26);
        return thisYear.isAfter(today) ? thisYear : thisYear.plusYears(1);
    }

    // the 26 June call: project around the Global Day of Action

    static ApplicationForm nairobiDraft(LocalDate day) {
        return new ApplicationForm("Support. Don't Punish street action and radio hour in Nairobi",
                "A public action in Nairobi's central business district on 26 June, followed by a call-in radio "
                        + "hour where people who use drugs talk about arrests, harm reduction and decriminalisation.",
                null, null, Set.of("KE"), day.minusDays(20), day.plusDays(10), null, List.of(), null, null);
    }

    static Proposal beirut(LocalDate day) {
        return new Proposal("applicant.beirut@demo.plenary", form("A day of action for people who use drugs in Beirut",
                "A community day in Beirut on 26 June: an exhibition of art made by people who use drugs, a public "
                        + "reading of testimonies about arrests for drug use, and a meeting with members of the "
                        + "parliamentary health committee.",
                "Make the human cost of arrests for drug use visible; ask the health committee to apply treatment "
                        + "and support instead of prosecution; bring new allies from the arts into the campaign.",
                "Two art workshops with our peer group in May; the exhibition and readings on 26 June in a "
                        + "public gallery; a delegation of five peers meets the committee in the same week.",
                "LB", day.minusDays(40), day.plusDays(14),
                line("Venue and exhibition", "Gallery hire, frames and lighting", "1200.00"),
                line("Materials and printing", "Campaign banners, leaflets in Arabic and English", "800.00"),
                line("Community facilitators", "Fees for two peer facilitators", "1000.00")));
    }

    static Proposal tbilisi(LocalDate day) {
        return new Proposal("applicant.eurasia@demo.plenary", form(
                "Street concert and photo campaign for decriminalisation in Tbilisi and Batumi",
                "A street concert in Tbilisi and a smaller event in Batumi on 26 June, with a photo campaign of "
                        + "people who use drugs and their families holding the Support. Don't Punish message.",
                "Keep decriminalisation on the public agenda before the autumn debate on the drug law; "
                        + "reach young people who never came to our meetings.",
                "Concert with local musicians; a photo booth and portraits with consent; social media "
                        + "campaign for two weeks; a short statement handed to the city council.",
                "GE", day.minusDays(30), day.plusDays(15),
                line("Sound and stage", "Stage, sound system, permits", "1800.00"),
                line("Photo campaign", "Photographer, printing, social media promotion", "1200.00"),
                line("Travel", "Team travel to Batumi and back", "1000.00")));
    }

    static Proposal bogota(LocalDate day) {
        return new Proposal("applicant.bogota@demo.plenary", form("Regional forum on alternatives to coca eradication",
                "A two-day forum in Bogotá in November with coca growers, researchers and local officials on "
                        + "alternatives to forced eradication.",
                "Build a shared position of growers' organisations before the next national drug policy.",
                "Forum with 60 participants; a policy brief; a press conference.",
                "CO", day.plusDays(130), day.plusDays(160),
                line("Venue and catering", "Two days for 60 participants", "2500.00"),
                line("Travel", "Travel for growers from Cauca and Putumayo", "2000.00"),
                line("Publication", "Policy brief in Spanish", "500.00")));
    }

    static Proposal rabat(LocalDate day) {
        return new Proposal("applicant.rabat@demo.plenary", form("Women who use drugs speak out: 26 June in Rabat",
                "A public event in Rabat on 26 June where women who use drugs speak about stigma, violence and "
                        + "the lack of services for women, with a short film made by the women themselves.",
                "Make the needs of women who use drugs heard by health officials and the media; start a "
                        + "women's peer group that continues after the day.",
                "Four film workshops; the public event with screening and testimonies; a meeting with the "
                        + "regional health directorate; follow-up peer group meetings.",
                "MA", day.minusDays(45), day.plusDays(20),
                line("Film workshops", "Trainer and equipment hire", "1300.00"),
                line("Public event", "Venue, screening, interpretation", "1000.00"),
                line("Peer group", "Transport and childcare for participants", "500.00")));
    }

    static Proposal almaty(LocalDate day) {
        return new Proposal("applicant.almaty@demo.plenary", form(
                "Support. Don't Punish flash mob and a meeting with Almaty's health department",
                "A flash mob in a central Almaty park on 26 June and a round table with the city health "
                        + "department on opioid agonist treatment for women.",
                "Show public support for health-based drug policies; get the health department to commit to a "
                        + "women-friendly treatment site.",
                "Flash mob with 40 volunteers; leaflets in Kazakh and Russian; round table with officials, "
                        + "doctors and women who use drugs.",
                "KZ", day.minusDays(30), day.plusDays(10),
                line("Campaign materials", "T-shirts, banners, leaflets", "900.00"),
                line("Round table", "Venue and interpretation", "1000.00"),
                line("Volunteers", "Transport and meals for volunteers", "500.00")));
    }

    static Proposal tunis(LocalDate day) {
        return new Proposal("applicant.tunis@demo.plenary", form("Reforming Law 52: a public debate in Tunis on 26 June",
                "A public debate in Tunis on 26 June on reforming the drug law, with young people who were "
                        + "imprisoned for cannabis use, lawyers and members of parliament.",
                "Put decriminalisation of drug use back on parliament's agenda; give young people who were "
                        + "convicted a voice in the debate.",
                "Debate with 120 participants, streamed live; a video of testimonies; an open letter to "
                        + "parliament signed by partner organisations.",
                "TN", day.minusDays(35), day.plusDays(10),
                line("Debate", "Venue, streaming, interpretation", "1800.00"),
                line("Video", "Filming and editing of testimonies", "1200.00"),
                line("Outreach", "Mobilising young people in three neighbourhoods", "500.00")));
    }

    static Proposal mexico(LocalDate day) {
        return new Proposal("applicant.latam@demo.plenary", form(
                "Women who use drugs in Mexico City: a 26 June vigil and media briefing",
                "A vigil on 26 June for women who died of overdose or violence, and a media briefing with our "
                        + "report on women imprisoned for drug offences.",
                "Make the situation of women who use drugs visible to the media; call for alternatives to "
                        + "prison for women in minor drug offences.",
                "Vigil in the Zócalo; media briefing with three women with lived experience; report launch.",
                "MX", day.minusDays(30), day.plusDays(14),
                line("Vigil", "Candles, sound, permits", "900.00"),
                line("Media briefing", "Venue and press kit", "1300.00"),
                line("Report", "Layout and printing of the report", "2000.00")));
    }

    static Proposal kathmandu(LocalDate day) {
        return new Proposal("applicant.kathmandu@demo.plenary", form(
                "Recovering women's voices for drug law reform in Nepal",
                "Women in recovery from Kathmandu and Pokhara tell their stories at a public event on 26 June and "
                        + "meet the Ministry of Home Affairs about the drug law's effect on women.",
                "Bring the voices of women who use drugs into the drug law review.",
                "Storytelling workshop; public event; meeting with the ministry; radio interviews.",
                "NP", day.minusDays(25), day.plusDays(10),
                line("Workshop and event", "Venue, meals, materials", "1400.00"),
                line("Travel", "Travel from Pokhara for six women", "600.00")));
    }

    // the harm reduction services call: projects that started months ago

    static Proposal tbilisiNaloxone(LocalDate start) {
        return new Proposal("applicant.eurasia@demo.plenary", form("Peer naloxone distribution in Tbilisi",
                "Peers distribute naloxone and teach overdose response at metro stations and in the homes of "
                        + "people who use drugs in Tbilisi.",
                "Prevent overdose deaths; train 300 people who use drugs and their relatives to use naloxone.",
                "Weekly outreach shifts by six peers; short trainings; a hotline for refills.",
                "GE", start, start.plusDays(240),
                line("Naloxone", "Nasal naloxone kits", "2400.00"),
                line("Peer outreach", "Stipends for six peer workers", "2000.00"),
                line("Hotline", "Phone and airtime", "400.00")));
    }

    static Proposal kampala(LocalDate start) {
        return new Proposal("reviewer.africa@demo.plenary", form("Peer outreach to people who inject drugs in Kampala",
                "Outreach to people who inject drugs in Kampala's suburbs with clean needles, condoms and "
                        + "referrals to HIV and hepatitis testing.",
                "Reach 400 people who inject drugs; refer 150 to testing.",
                "Outreach twice a week; referrals; monthly meetings with health workers.",
                "UG", start, start.plusDays(180),
                line("Staff", "Salaries of two outreach workers", "2400.00"),
                line("Supplies", "Needles, syringes, condoms", "600.00")));
    }

    static Proposal kyiv(LocalDate start) {
        return new Proposal("applicant.kyiv@demo.plenary", form("Opioid agonist treatment hotline for displaced people",
                "A peer-run hotline that helps people who use drugs and had to leave their homes to keep or "
                        + "start opioid agonist treatment in the city they moved to.",
                "No displaced person loses treatment; 250 people helped to find a site and a prescription.",
                "Hotline staffed by four peers; an up-to-date map of treatment sites; accompaniment to clinics.",
                "UA", start, start.plusDays(270),
                line("Hotline", "Peer consultants' fees", "2800.00"),
                line("Accompaniment", "Transport to clinics", "900.00"),
                line("Communication", "Phones and airtime", "300.00")));
    }

    static Proposal mexicoKits(LocalDate start) {
        return new Proposal("applicant.latam@demo.plenary", form(
                "Harm reduction kits and peer support for women who use drugs in Mexico City",
                "Harm reduction kits designed with women who use drugs, and a weekly peer support group with "
                        + "childcare, in two neighbourhoods of Mexico City.",
                "Reach 200 women with kits and information; keep 30 women in the peer group.",
                "Design and assemble kits with the women; distribution by peers; weekly group with childcare.",
                "MX", start, start.plusDays(210),
                line("Kits", "Supplies for 200 kits", "1700.00"),
                line("Peer group", "Facilitation, childcare, meals", "1500.00")));
    }

    static Proposal saoPaulo(LocalDate start) {
        return new Proposal("applicant.saopaulo@demo.plenary", form(
                "Night outreach for health and rights in central São Paulo",
                "Night outreach by peers in central São Paulo: harm reduction supplies, wound care and legal "
                        + "information for people who use crack cocaine.",
                "Reach 500 people at night; document police abuses so they can be reported.",
                "Three night shifts a week; a simple form to record abuses; referrals to the public defender.",
                "BR", start, start.plusDays(200),
                line("Outreach", "Peer stipends for night shifts", "1500.00"),
                line("Supplies", "Pipes, lip balm, wound care", "1000.00")));
    }

    static Proposal jakarta(LocalDate start) {
        return new Proposal("applicant.jakarta@demo.plenary", form("Peer paralegals for people who use drugs in Jakarta",
                "Ten peers trained as paralegals support people who use drugs at arrest, in police custody and "
                        + "in court, and refer them to rehabilitation assessment instead of prison.",
                "Fewer people who use drugs sent to prison; 120 people supported by paralegals.",
                "Paralegal training with a legal aid institute; on-call paralegals; case records; two "
                        + "meetings with the police.",
                "ID", start, start.plusDays(200),
                line("Training", "Paralegal course with the legal aid institute", "1500.00"),
                line("Paralegal support", "Transport and phone for on-call paralegals", "2000.00"),
                line("Meetings", "Meetings with police and prosecutors", "1000.00")));
    }

    static Proposal nairobi(LocalDate start) {
        return new Proposal("applicant@demo.plenary", form("Needle and syringe outreach in Mathare and Kibera",
                "Peer outreach with needles and syringes, naloxone and referrals to methadone in Mathare and "
                        + "Kibera, where no fixed service exists.",
                "Reach 350 people who inject drugs; refer 80 to methadone.",
                "Outreach four days a week; a mobile point on Saturdays; monthly meetings with the county "
                        + "health team.",
                "KE", start, start.plusDays(180),
                line("Supplies", "Needles, syringes, naloxone", "1500.00"),
                line("Peer outreach", "Stipends for five peer educators", "1500.00"),
                line("Coordination", "Meetings with the county health team", "500.00")));
    }

    static Proposal tanzania(LocalDate start) {
        return new Proposal("applicant.tanzania@demo.plenary", form(
                "Safe space and hepatitis C testing for women who use drugs in Dar es Salaam",
                "A safe space two afternoons a week for women who use drugs, with hepatitis C testing and peer "
                        + "counselling.",
                "Test 200 women for hepatitis C; link everyone who tests positive to treatment.",
                "Safe space sessions; testing with the district hospital; peer counselling; follow-up calls.",
                "TZ", start, start.plusDays(180),
                line("Safe space", "Rent and refreshments", "1800.00"),
                line("Testing", "Rapid tests and transport to the hospital", "2200.00"),
                line("Peer counselling", "Stipends for two peer counsellors", "1000.00")));
    }

    static Proposal manila(LocalDate start) {
        return new Proposal("applicant.manila@demo.plenary", form(
                "Community drop-in for people who use drugs in Quezon City",
                "A drop-in space where people who use drugs find a shower, a meal, health information and "
                        + "support from peers.",
                "Offer a safe place to 150 people who use drugs; refer 60 to health services.",
                "Drop-in three days a week; peer support; referrals.",
                "PH", start, start.plusDays(240),
                line("Rent", "Drop-in space", "1200.00"),
                line("Running costs", "Meals, hygiene supplies", "800.00")));
    }

    private static BudgetLineForm line(String category, String description, String amount) {
        return new BudgetLineForm(category, description, new BigDecimal(amount));
    }

    private static ApplicationForm form(String title, String summary, String objectives, String activities,
            String country, LocalDate start, LocalDate end, BudgetLineForm... lines) {
        List<BudgetLineForm> budget = new ArrayList<>(List.of(lines));
        BigDecimal total = budget.stream().map(BudgetLineForm::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ApplicationForm(title, summary, objectives, activities, Set.of(country), start, end, total, budget,
                true, true);
    }
}
