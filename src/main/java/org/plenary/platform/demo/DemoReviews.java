package org.plenary.platform.demo;

/** What the demo reviewers write for each score of each criterion, and what the demo grantees report. */
final class DemoReviews {

    private DemoReviews() {
    }

    /** Per criterion of the 26 June call's rubric, a comment for scores 1 to 5. */
    static final String[][] GLOBAL_DAY_RUBRIC = {
        {"Not linked to the campaign's messages.", "Loosely linked to the campaign.",
            "Related to Support. Don't Punish; the message could be sharper.",
            "Clearly carries the campaign's call for health and human rights.",
            "Central to the campaign: support, not punishment, in every activity."},
        {"Plan and budget do not match.", "The timeline looks too tight.",
            "Feasible; some budget lines need more detail.", "A realistic plan and a clear budget.",
            "Well planned, modest budget, partners confirmed."},
        {"People who use drugs are not involved.", "People who use drugs are the audience, not the organisers.",
            "Some roles for people who use drugs.", "People who use drugs lead the key activities.",
            "Led by people who use drugs from start to finish."}};

    /** Per criterion of the harm reduction services call's rubric, a comment for scores 1 to 5. */
    static final String[][] SERVICES_RUBRIC = {
        {"Who is reached is unclear.", "Small reach for the amount asked.", "A reasonable reach.",
            "Good reach to people who use drugs.", "Reaches people no other service reaches."},
        {"No workable plan.", "The plan has gaps.", "A workable plan.", "A solid plan with clear steps.",
            "An excellent, proven approach."},
        {"Costs far too high.", "Costly for what it delivers.", "Acceptable costs.", "Good value.",
            "Excellent value: most of the money goes to direct services."}};

    static final String JAKARTA_INTERIM = "Ten peers finished the paralegal course with the legal aid institute. "
            + "In three months the on-call paralegals supported 47 people after arrest; 19 were referred to a "
            + "rehabilitation assessment instead of being charged. The first meeting with the district police took "
            + "place in the second month; the second is planned. Spending is below plan on meetings because the "
            + "police hosted the first one.";

    static final String TANZANIA_INTERIM = "The safe space opened two afternoons a week from the first month. "
            + "96 women came at least once; 88 were tested for hepatitis C and 14 tested positive, of whom 9 have "
            + "started treatment at the district hospital. Peer counsellors followed up every woman by phone.";

    static final String TANZANIA_FINAL = "Over six months 212 women used the safe space and 198 were tested for "
            + "hepatitis C; 31 tested positive and 24 have completed or are in treatment. The district hospital "
            + "now keeps a weekly slot for women referred by our peers and will continue after the grant. "
            + "50 USD of the testing line was not spent.";
}
