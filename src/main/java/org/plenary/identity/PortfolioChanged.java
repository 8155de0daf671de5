package org.plenary.identity;

import java.util.Set;

/**
 * A secretariat user's regional portfolio changed (a CDI event fired in the admin's transaction): the regions
 * they cover now or covered before, so that work routed by region can follow.
 */
public record PortfolioChanged(long userId, Set<Region> regions) {
}
