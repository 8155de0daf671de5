package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every role's way in, in a real browser (headless Chromium) against a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class ScreensIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlenaryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.start(Files.createTempDirectory("plenary-chromium"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void signIn(String email) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    @ParameterizedTest(name = "{0} lands on the {1} page")
    @CsvSource({
        "applicant@demo.plenary, applicant",
        "reviewer@demo.plenary, reviewer",
        "secretariat@demo.plenary, secretariat",
        "auditor@demo.plenary, auditor",
        "admin@demo.plenary, admin"
    })
    void eachDemoUserSignsInAndLandsOnTheirPage(String email, String role) {
        signIn(email);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-" + role)));
        assertTrue(browser.getCurrentUrl().endsWith("/" + role + "/index.xhtml"), browser.getCurrentUrl());
        Browser.screenshot(browser, role + "-landing");
        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("landing-" + role)));
        assertTrue(heading.getRect().getWidth() <= 390, "the page fits a phone screen");
        Browser.screenshot(browser, role + "-landing-phone");
        Browser.desktopWidth(browser);

        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
        browser.get(base + role + "/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "signed out: back to the sign-in form");
    }

    @Test
    void anApplicantOpeningASecretariatPageGetsTheFriendly403() {
        signIn("applicant@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-applicant")));
        browser.get(base + "secretariat/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
        assertFalse(browser.getPageSource().contains("Exception"));
        Browser.screenshot(browser, "applicant-403");
    }

    @Test
    void theSecretariatDraftsACallAndAnEligibleApplicantSeesTheOpenOne() {
        signIn("secretariat@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
        browser.get(base + "secretariat/calls.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:calls"), "26 June"));
        Browser.screenshot(browser, "secretariat-calls");
        browser.findElement(By.id("list:new")).click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("call:title")));
        String name = "Regional advocacy grants " + UUID.randomUUID().toString().substring(0, 8);
        title.sendKeys(name);
        browser.findElement(By.id("call:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"), "budget envelope"));
        assertEquals(name, browser.findElement(By.id("call:title")).getDomProperty("value"),
                "what was typed is still there after the refusal");
        Browser.screenshot(browser, "secretariat-call-editor");
        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));

        signIn("applicant@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-applicant")));
        browser.get(base + "applicant/calls.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-calls")));
        assertTrue(browser.getPageSource().contains("26 June Global Day of Action small grants"));
        assertFalse(browser.getPageSource().contains(name), "drafts are not shown to applicants");
        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-calls")));
        Browser.screenshot(browser, "applicant-open-calls-phone");
    }

    @Test
    void theAdminAddsAnOrganisationAndBadInputIsExplainedWithoutSaving() {
        signIn("admin@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-admin")));
        browser.get(base + "admin/organisations.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("list:new"))).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:name")));
        String organisation = "Mombasa Peer Outreach " + UUID.randomUUID().toString().substring(0, 8);
        name.sendKeys(organisation);
        browser.findElement(By.id("edit:country")).sendKeys("K");
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:messages"), "two-letter ISO code"));
        Browser.screenshot(browser, "admin-organisation-invalid");

        browser.findElement(By.id("edit:country")).sendKeys("E");
        browser.findElement(By.cssSelector("#edit\\:region .ui-selectonemenu-trigger")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-label='Africa']"))).click();
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        browser.get(base + "admin/organisations.xhtml");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#list\\:organisations th input.ui-column-filter")));
        filter.sendKeys(organisation);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:organisations"), organisation));
        Browser.screenshot(browser, "admin-organisations");
        assertEquals(1, browser.findElements(By.xpath("//td[contains(., '" + organisation + "')]")).size());
        Path shots = Path.of("target", "screenshots");
        assertTrue(Files.exists(shots.resolve("admin-organisations.png")));
    }
}
