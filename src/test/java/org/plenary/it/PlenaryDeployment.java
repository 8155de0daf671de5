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
}
