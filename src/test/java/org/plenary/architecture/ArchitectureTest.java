package org.plenary.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

import org.junit.jupiter.api.Test;

/**
 * The process seams, kept by the build: the shared rooms know no process, a domain's own classes know no
 * framework, and screens and REST resources reach data and the engine only through services. A new process
 * adds its package to {@link Rooms#PROCESSES} and the rules cover it.
 */
class ArchitectureTest {

    private static final JavaClasses PLENARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.plenary");

    /**
     * Frozen (ArchUnit's FreezingArchRule, store under src/test/resources/archunit-frozen): the grant code still in
     * shared rooms when the rule arrived is listed there and shrinks as it moves out; any new dependency fails.
     */
    @Test
    void sharedRoomsImportNoProcess() {
        FreezingArchRule.freeze(noClasses().that().resideInAnyPackage(Rooms.SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(Rooms.PROCESSES)
            .because("a process plugs into the shared rooms through their seams; they never name it")).check(PLENARY);
    }

    @Test
    void domainRootsKnowNoFramework() {
        noClasses().that().resideInAnyPackage(Rooms.DOMAIN_ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..",
                    "org.flowable..", "fish.payara..")
            .because("a domain's entities and rules are plain Java with JPA; screens, engine and server are outside")
                .check(PLENARY);
    }

    @Test
    void screensAndResourcesGoThroughServices() {
        noClasses()
            .that().resideInAnyPackage("org.plenary..web..", "org.plenary..api..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveNameMatching("org\\.flowable\\.engine\\.[A-Za-z]+Service")
            .because("a page or a REST resource adapts a service; the service holds the transaction and the checks")
                .check(PLENARY);
    }
}
