package org.plenary.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that `mvn package` built, as Arquillian deploys it to Payara Micro, with every test-only probe. Every
 * IT class deploys this same archive, so that {@link SharedPayaraMicro} starts Payara once for all of them; the
 * probes are doors for tests only and change nothing until a test calls them.
 */
public final class PlenaryDeployment {

    private static final Class<?>[] PROBES = {AuditProbe.class, DigestProbe.class, GrantProbe.class,
        InboxCompleteProbe.class, NotificationProbe.class, NotificationProbe.Door.class, RoutingProbe.class,
        TransactionProbe.class};

    private PlenaryDeployment() {
    }

    public static WebArchive war() {
        File built = new File(System.getProperty("plenary.war", "target/plenary.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, built).addClasses(PROBES);
    }

    /**
     * The archive of the in-container IT classes: Arquillian adds the running test class and its protocol to a
     * testable archive, so with every such class already inside, all of them deploy the same content and share
     * one server too.
     */
    public static WebArchive inContainer() {
        return war().addClasses(AuditTrailIT.class, WorkflowTransactionIT.class, Waits.class)
                .addPackages(true, "org.awaitility", "org.hamcrest");
    }

    /**
     * The application's base URL, ending in its context root. Arquillian's Payara Micro container reads it from
     * the server's start-up log, and once in a while (seen 2026-11-30) it finds the host and port but not the
     * application, so that every page answers 404: the WAR's own context root is then added here.
     */
    public static java.net.URL contextOf(java.net.URL injected) {
        if (injected.getPath().length() > 1) {
            return injected;
        }
        try {
            return new java.net.URL(injected, "/plenary/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
