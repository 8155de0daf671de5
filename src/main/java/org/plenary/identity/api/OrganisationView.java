package org.plenary.identity.api;

import java.util.Set;
import java.util.TreeSet;

import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;

/** An organisation as the API shows it. */
public record OrganisationView(Long id, String name, String country, Region region, Set<OrganisationKind> kinds,
        MembershipStatus membershipStatus, long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.getName(), o.getCountry(), o.getRegion(),
                new TreeSet<>(o.getKinds()), o.getMembershipStatus(), o.getVersion());
    }
}
