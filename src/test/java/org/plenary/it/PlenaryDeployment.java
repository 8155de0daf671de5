package org.plenary.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, as Arquillian deploys it to Payara Micro, plus test-only classes. */
public final class PlenaryDeployment {

    private PlenaryDeployment() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        File built = new File(System.getProperty("plenary.war", "target/plenary.war"));
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, built);
        return testClasses.length == 0 ? war : war.addClasses(testClasses);
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
