package org.plenary.identity;

/** Where an organisation stands with the network. Only ACTIVE members may apply for grants. */
public enum MembershipStatus {
    PENDING, ACTIVE, SUSPENDED, LAPSED
}
