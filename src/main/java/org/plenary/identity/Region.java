package org.plenary.identity;

/** The regions of the networks' regional member networks, plus Global. */
public enum Region {
    AFRICA, ASIA, EURASIA, EUROPE, LATIN_AMERICA, MIDDLE_EAST_NORTH_AFRICA, NORTH_AMERICA, OCEANIA, GLOBAL
}
