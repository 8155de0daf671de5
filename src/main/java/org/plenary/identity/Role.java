package org.plenary.identity;

import java.util.Locale;

/**
 * What a user may do in Plenary. Applicants and reviewers work inside their own organisation;
 * secretariat, auditor and admin are the network's staff and see across member organisations.
 */
public enum Role {
    APPLICANT, REVIEWER, SECRETARIAT, AUDITOR, ADMIN;

    /** The name used for security roles, web.xml constraints and page folders. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNetworkWide() {
        return this == SECRETARIAT || this == AUDITOR || this == ADMIN;
    }

    public static Role fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** Landing page of each role, in the order a user with several roles is sent to them. */
    public String landingPage() {
        return "/" + key() + "/index.xhtml";
    }
}
