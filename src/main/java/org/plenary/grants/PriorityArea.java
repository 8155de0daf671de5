package org.plenary.grants;

/** The network's priority areas, which calls and projects are tagged with. */
public enum PriorityArea {
    DECRIMINALISATION_CRIMINAL_JUSTICE, WOMEN_AND_DRUG_POLICY, SUPPORT_DONT_PUNISH, CROSS_UN_COMMON_POSITION,
    CIVIL_SOCIETY_SPACE
}
