package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
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
        base = PlenaryDeployment.contextOf(base);
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
        if (role.equals("reviewer") || role.equals("secretariat")) {
            browser.get(base + role + "/inbox.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".inbox-table")));
            Browser.screenshot(browser, role + "-inbox-phone");
            int boxes = browser.findElements(By.cssSelector(".inbox-table tbody .ui-selection-column .ui-chkbox-box")).size();
            if (role.equals("secretariat")) {
                assertTrue(boxes > 0, "the secretariat selects tasks for its bulk tools with a box per row");
            } else {
                assertEquals(0, boxes, "a reviewer has no bulk tools, so nothing to select");
            }
            Object tooWide = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth ? '' : "
                    + "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right "
                    + "> window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
            assertEquals("", tooWide, "the inbox fits a phone screen without sideways scrolling; too wide");
        }
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
        // Claire Dubois (the secretariat) reads Plenary in French
        signIn("secretariat@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
        browser.get(base + "secretariat/calls.xhtml");
        // other test classes have added calls of their own: the demo's may be on a later page
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#list\\:calls tbody tr td")));
        Browser.screenshot(browser, "secretariat-calls");
        browser.findElement(By.id("list:new")).click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("call:title")));
        String name = "Regional advocacy grants " + UUID.randomUUID().toString().substring(0, 8);
        title.sendKeys(name);
        browser.findElement(By.id("call:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"), "enveloppe budgétaire"));
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

    /** The browser walk of issue 3: submission, screening, review, decision, agreement, first payment. */
    @Test
    void anApplicationGoesFromSubmissionThroughReviewAndDecisionToTheFirstPayment() throws URISyntaxException {
        String title = "Peer outreach on 26 June " + UUID.randomUUID().toString().substring(0, 8);
        long call = CallFixtures.open(new Http(base.toURI()), "Browser call " + UUID.randomUUID(),
                java.time.Instant.now().plusSeconds(3600));

        signIn("applicant@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-applicant")));
        browser.get(base + "applicant/application.xhtml?call=" + call);
        WebElement projectTitle = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("application:steps:projectTitle")));
        projectTitle.sendKeys(title);
        browser.findElement(By.id("application:steps:summary")).sendKeys("Peer outreach and a public action.");
        browser.findElement(By.id("application:saveDraft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:messages"), "Draft saved"));

        browser.findElement(By.id("application:steps:objectives")).sendKeys("Reach 300 people who use drugs.");
        browser.findElement(By.id("application:steps:activities")).sendKeys("Outreach walks, a street event.");
        browser.findElement(By.id("application:steps:countries")).sendKeys("KE");
        setValue("application:steps:startDate", "2027-06-01");
        setValue("application:steps:endDate", "2027-07-31");
        browser.findElement(By.xpath("//a[contains(., '2. Budget')]")).click();
        type("application:steps:requested_input", "2500");
        WebElement category = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#application\\:steps\\:budget tbody tr:first-child td:nth-child(1) input")));
        category.sendKeys("Outreach materials");
        WebElement amount = browser.findElement(
                By.cssSelector("#application\\:steps\\:budget tbody tr:first-child td:nth-child(3) input.ui-inputnumber-input, "
                        + "#application\\:steps\\:budget tbody tr:first-child td:nth-child(3) input[type='text']"));
        amount.sendKeys("2500");
        browser.findElement(By.xpath("//a[contains(., '3. Declarations')]")).click();
        browser.findElement(By.cssSelector("#application\\:steps\\:accuracy .ui-chkbox-box")).click();
        browser.findElement(By.cssSelector("#application\\:steps\\:dataUse .ui-chkbox-box")).click();
        Browser.screenshot(browser, "applicant-application-form");
        browser.findElement(By.id("application:submit")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("my-applications")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))));
        Browser.screenshot(browser, "applicant-after-submit");
        assertEquals(List.of(), browser.findElements(By.cssSelector(".ui-messages-error")).stream()
                .map(WebElement::getText).toList(), "no error after submitting");
        assertTrue(browser.getPageSource().contains(title));
        assertTrue(browser.getPageSource().contains("Submitted, in screening"));
        Browser.screenshot(browser, "applicant-applications");
        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));

        // Claire Dubois (the secretariat) reads Plenary in French
        signIn("secretariat@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
        browser.get(base + "secretariat/applications.xhtml?call=" + call);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:applications"), title));
        browser.findElement(By.xpath("//tr[contains(., '" + title + "')]//button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screen:decision")));
        browser.findElement(By.cssSelector("#screen\\:decision .ui-radiobutton-box")).click();
        Browser.screenshot(browser, "secretariat-screening");
        browser.findElement(By.id("screen:record")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("screenDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:applications"), "Éligible"));

        // the secretariat takes the suggested reviewers
        browser.findElement(By.xpath("//a[contains(@class,'case-link') and contains(., '" + title + "')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign:suggest"))).click();
        wait.until(d -> d.findElements(By.cssSelector("#assign\\:reviewers .ui-chkbox-box.ui-state-active")).size() == 2);
        Browser.screenshot(browser, "secretariat-assign-reviewers");
        String caseUrl = browser.getCurrentUrl();
        browser.findElement(By.id("assign:assignReviewers")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-step"),
                "Évaluation par les pairs en cours"));
        List<String> reviewers = browser.findElements(By.cssSelector("[id$='reviewTable'] tbody tr td:first-child"))
                .stream().map(WebElement::getText).map(ScreensIT::reviewerEmail).toList();
        assertEquals(2, reviewers.size(), "two reviewers assigned");
        String applicationId = caseUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        signOut();

        // each reviewer declares no conflict, then scores every criterion beside the application
        for (String reviewer : reviewers) {
            signIn(reviewer);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
            browser.get(base + "reviewer/index.xhtml"); // a reviewer who also applies lands on the applicant page
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-reviewer")));
            browser.findElement(By.xpath("//a[contains(@class,'review-link') and contains(., '" + title + "')]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#declaration\\:conflict .ui-radiobutton-box")))
                    .click();
            Browser.screenshot(browser, "reviewer-declaration");
            browser.findElement(By.id("declaration:declare")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoring:submitReview")));
            for (WebElement criterion : browser.findElements(By.cssSelector("#scoring fieldset.criterion"))) {
                criterion.findElements(By.cssSelector(".ui-selectonebutton .ui-button")).get(3).click();
                criterion.findElement(By.tagName("textarea")).sendKeys("Convincing and well budgeted.");
            }
            Browser.screenshot(browser, "reviewer-scoring");
            browser.findElement(By.id("scoring:submitReview")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submitted")));
            assertTrue(browser.findElement(By.id("submitted")).getText().contains("4"), "the weighted score is shown");
            signOut();
        }

        // the secretariat decides, with the ranking beside it
        signIn("secretariat@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
        browser.get(caseUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#decision\\:outcome .ui-radiobutton-box")))
                .click();
        assertTrue(browser.findElement(By.id("rank")).getText().startsWith("1"), "ranked first in its call");
        Browser.screenshot(browser, "secretariat-decision");
        browser.findElement(By.id("decision:decide")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-step"),
                "acceptation de la convention par le bénéficiaire"));
        signOut();

        // the grantee accepts the agreement and gives payment details
        signIn("applicant@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-applicant")));
        browser.get(base + "applicant/grant.xhtml?id=" + applicationId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement:holder")))
                .sendKeys("Nairobi Harm Reduction Collective");
        browser.findElement(By.id("agreement:bank")).sendKeys("Equity Bank");
        browser.findElement(By.id("agreement:account")).sendKeys("KE12 3456 7890 1234");
        browser.findElement(By.cssSelector("#agreement\\:acceptsTerms .ui-chkbox-box")).click();
        Browser.screenshot(browser, "applicant-agreement");
        browser.findElement(By.id("agreement:acceptAgreement")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-step"), "countersigns"));
        assertTrue(browser.getPageSource().contains("Equity Bank ••••1234"), "payment details shown masked");
        assertFalse(browser.getPageSource().contains("3456 7890"), "never in clear on the page");
        signOut();

        // the secretariat countersigns and records the first tranche as paid
        signIn("secretariat@demo.plenary");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
        browser.get(caseUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement:countersign"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-step"), "En cours :"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".record-payment"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payments:reference"))).sendKeys("TRX-2026-0042");
        Browser.screenshot(browser, "secretariat-payment");
        browser.findElement(By.id("payments:recordPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:tranches"), "TRX-2026-0042"));
        Browser.screenshot(browser, "secretariat-grant-running");
        assertEquals(List.of(), browser.findElements(By.cssSelector(".ui-messages-error")).stream()
                .map(WebElement::getText).toList());
    }

    private void signOut() {
        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
    }

    private static String reviewerEmail(String name) {
        return switch (name.trim()) {
            case "Somchai Rattanakorn" -> "reviewer@demo.plenary";
            case "Tomasz Nowak" -> "reviewer.europe@demo.plenary";
            case "Grace Mwangi" -> "reviewer.africa@demo.plenary";
            default -> throw new IllegalStateException("unknown reviewer " + name);
        };
    }

    /** Native date inputs take keys in the browser's locale format; set the ISO value as a user's picker would. */
    private void setValue(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
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
        // the PrimeFaces widget's own API: deterministic where clicking an animated panel is not
        ((JavascriptExecutor) browser).executeScript("PF('regionMenu').selectValue('AFRICA')");
        browser.findElement(By.id("edit:save")).click();
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        } catch (org.openqa.selenium.TimeoutException stillOpen) {
            Browser.screenshot(browser, "admin-organisation-not-saved");
            throw new AssertionError("the dialog stayed open: " + browser.findElement(By.id("edit:messages")).getText(),
                    stillOpen);
        }
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
