package org.plenary.architecture;

/** Which packages are shared rooms and which are processes, for the architecture rules. */
final class Rooms {

    /** The rooms every process shares. */
    static final String[] SHARED = {"org.plenary.inbox..", "org.plenary.notifications..", "org.plenary.workflow..",
        "org.plenary.audit..", "org.plenary.identity..", "org.plenary.platform.."};

    /** The processes: each brings its own package (and tables, BPMN, pages); add a new one here. */
    static final String[] PROCESSES = {"org.plenary.grants..", "org.plenary.consultations..", "org.plenary.surveys..",
        "org.plenary.speakers.."};

    /** The top folder of each domain, where its entities and rules live (not its application, web, api, infrastructure). */
    static final String[] DOMAIN_ROOTS = {"org.plenary.grants", "org.plenary.consultations", "org.plenary.surveys",
        "org.plenary.speakers", "org.plenary.inbox", "org.plenary.audit", "org.plenary.identity",
        "org.plenary.notifications"};

    private Rooms() {
    }
}
