package org.plenary.identity;

import java.util.Set;

/** What an admin fills in for an organisation. Checked by {@link org.plenary.identity.application.OrganisationService}. */
public record OrganisationForm(String name, String country, Region region, Set<OrganisationKind> kinds,
        MembershipStatus membershipStatus) {

    public OrganisationForm {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
