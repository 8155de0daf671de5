package org.plenary.grants;

/** The network's five pillars of work. */
public enum Pillar {
    NETWORKING_COMMUNICATION, CAPACITY_STRENGTHENING, BUILDING_EVIDENCE, INTERNATIONAL_ADVOCACY,
    REGIONAL_NATIONAL_ADVOCACY
}
