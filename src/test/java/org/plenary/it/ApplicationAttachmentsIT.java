package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.grants.SampleFiles;

/** Attachments through the API: real files in, fakes and oversize files out, who may see them, and the freeze at submission. */
@ExtendWith(ArquillianExtension.class)
class ApplicationAttachmentsIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String OTHER_APPLICANT = "applicant.eurasia@demo.plenary";
    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlenaryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http;
    private long call;

    @BeforeEach
    void client() throws URISyntaxException {
        base = PlenaryDeployment.contextOf(base);
        http = new Http(base.toURI());
    }

    private long draft(String title) {
        call = CallFixtures.open(http, title + " " + UUID.randomUUID(), Instant.now().plusSeconds(3600));
        HttpResponse<String> started = http.send("api/calls/" + call + "/applications", APPLICANT, null);
        assertEquals(200, started.statusCode(), started.body());
        return Http.object(started).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> upload(long application, String user, String name, byte[] content) {
        return http.postBytes("api/applications/" + application + "/attachments?name=" + name, user,
                "application/octet-stream", content);
    }

    private HttpResponse<String> uploadMultipart(long application, String user, String name, byte[] content) {
        String boundary = "plenary" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.postBytes("api/applications/" + application + "/attachments", user,
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void assertRefused(String code, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(code, Http.object(response).getString("code"));
    }

    private List<JsonObject> list(long application, String user) {
        HttpResponse<String> listed = http.get("api/applications/" + application + "/attachments", user);
        assertEquals(200, listed.statusCode(), listed.body());
        return Http.array(listed).stream().map(JsonObject.class::cast).toList();
    }

    @Test
    void anApplicantAttachesRealFilesToADraftAndFakesAreRefused() {
        long application = draft("Attachments");
        byte[] pdf = SampleFiles.pdf("budget narrative");
        HttpResponse<String> added = upload(application, APPLICANT, "budget.pdf", pdf);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject attachment = Http.object(added);
        assertEquals("application/pdf", attachment.getString("mediaType"));
        assertEquals(pdf.length, attachment.getJsonNumber("size").longValue());
        assertEquals(64, attachment.getString("sha256").length());

        HttpResponse<String> png = uploadMultipart(application, APPLICANT, "logo.png", SampleFiles.png());
        assertEquals(201, png.statusCode(), "multipart/form-data works too: " + png.body());
        assertEquals("image/png", Http.object(png).getString("mediaType"));

        assertRefused("attachment.typeNotAllowed", upload(application, APPLICANT, "report.pdf", SampleFiles.exe()));
        assertRefused("attachment.typeNotAllowed", upload(application, APPLICANT, "page.pdf", SampleFiles.html()));
        assertRefused("attachment.typeNotAllowed", upload(application, APPLICANT, "budget.docx", SampleFiles.docm()));
        assertRefused("attachment.extensionMismatch", upload(application, APPLICANT, "scan.pdf", SampleFiles.jpeg()));
        assertRefused("attachment.duplicate", upload(application, APPLICANT, "copy.pdf", pdf));
        byte[] oversize = Arrays.copyOf(SampleFiles.pdf("big"), 10 * 1024 * 1024 + 1);
        HttpResponse<String> tooLarge = upload(application, APPLICANT, "big.pdf", oversize);
        assertRefused("attachment.tooLarge", tooLarge);
        assertTrue(Http.object(tooLarge).getString("message").contains("10 MB"), tooLarge.body());

        List<JsonObject> files = list(application, APPLICANT);
        assertEquals(List.of("budget.pdf", "logo.png"), files.stream().map(f -> f.getString("fileName")).toList(),
                "refused uploads changed nothing");

        HttpResponse<byte[]> download = http.getBytes("api/applications/" + application + "/attachments/"
                + attachment.getJsonNumber("id").longValue(), APPLICANT);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0],
                "the type found in the content (the container adds its default charset)");
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment; filename=\"budget.pdf\""), download.headers().toString());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        long pngId = Http.object(png).getJsonNumber("id").longValue();
        assertEquals(204, http.delete("api/applications/" + application + "/attachments/" + pngId, APPLICANT).statusCode());
        assertEquals(1, list(application, APPLICANT).size());
        assertEquals(404, http.getBytes("api/applications/" + application + "/attachments/" + pngId, APPLICANT)
                .statusCode());
        assertEquals(200, http.get("api/applications/" + application, APPLICANT).statusCode(),
                "the application's own path still answers beside its attachments");
    }

    @Test
    void otherOrganisationsNeverSeeAttachmentsAndStaffSeeThemOnlyOnceSubmitted() {
        long application = draft("Attachment access");
        byte[] pdf = SampleFiles.pdf("registration certificate");
        HttpResponse<String> added = upload(application, APPLICANT, "certificate.pdf", pdf);
        assertEquals(201, added.statusCode(), added.body());
        String file = "api/applications/" + application + "/attachments/" + Http.object(added).getJsonNumber("id").longValue();

        assertEquals(403, http.get("api/applications/" + application + "/attachments", OTHER_APPLICANT).statusCode());
        assertEquals(403, http.getBytes(file, OTHER_APPLICANT).statusCode());
        assertEquals(403, upload(application, OTHER_APPLICANT, "mine.png", SampleFiles.png()).statusCode());
        assertEquals(403, http.delete(file, OTHER_APPLICANT).statusCode());
        assertEquals(403, http.getBytes(file, SECRETARIAT).statusCode(), "a draft is the organisation's own");

        submit(application);

        assertRefused("attachment.notDraft", upload(application, APPLICANT, "late.png", SampleFiles.png()));
        assertRefused("attachment.notDraft", http.delete(file, APPLICANT));
        assertEquals(1, list(application, APPLICANT).size(), "nothing changes after submission");

        assertEquals(1, list(application, SECRETARIAT).size());
        HttpResponse<byte[]> bySecretariat = http.getBytes(file, SECRETARIAT);
        assertEquals(200, bySecretariat.statusCode());
        assertArrayEquals(pdf, bySecretariat.body());
        assertEquals(200, http.getBytes(file, "auditor@demo.plenary").statusCode());
        assertEquals(403, http.getBytes(file, "reviewer@demo.plenary").statusCode(), "reviewers wait for assignment");
        assertEquals(403, http.getBytes(file, OTHER_APPLICANT).statusCode());
        assertTrue(Http.object(http.get("api/audit/chain", "auditor@demo.plenary")).getBoolean("intact"));
    }

    @Test
    void anApplicationHoldsAtMostTenFiles() {
        long application = draft("Attachment count");
        for (int i = 0; i < 10; i++) {
            assertEquals(201, upload(application, APPLICANT, "annex-" + i + ".pdf", SampleFiles.pdf("annex " + i))
                    .statusCode());
        }
        assertRefused("attachment.tooMany", upload(application, APPLICANT, "annex-10.pdf", SampleFiles.pdf("annex 10")));
        assertEquals(10, list(application, APPLICANT).size());
    }

    @Test
    void onTheFormAnApplicantAttachesAFileAndTheSecretariatGetsADownloadLink() throws IOException, URISyntaxException {
        long application = draft("Attachments on screen");
        Path file = Files.createTempDirectory("plenary-upload").resolve("Budget 2027.pdf");
        Files.write(file, SampleFiles.pdf("on screen"));
        WebDriver browser = Browser.start(Files.createTempDirectory("plenary-chromium"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, APPLICANT, "landing-applicant");
            browser.get(base + "applicant/application.xhtml?id=" + application);
            By chooser = By.cssSelector("[id='attachments:upload'] input[type='file']");
            Path fake = file.resolveSibling("report.pdf");
            Files.write(fake, SampleFiles.html());
            wait.until(ExpectedConditions.presenceOfElementLocated(chooser)).sendKeys(fake.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments:attachmentMessages"),
                    "cannot be attached"));
            assertEquals(0, list(application, APPLICANT).size(), "the fake was refused by the server");

            wait.until(ExpectedConditions.presenceOfElementLocated(chooser)).sendKeys(file.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments:files"), "Budget 2027.pdf"));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('attachments').scrollIntoView()");
            Browser.screenshot(browser, "applicant-attachments");
            assertEquals(List.of(), browser.findElements(By.cssSelector(".ui-messages-error")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList(), "no error shown");
            assertTrue(browser.findElement(By.id("attachments:attachmentMessages")).getText().contains("Attached"));
            assertEquals(1, list(application, APPLICANT).size(), "stored, not only shown");
            String href = browser.findElement(By.linkText("Budget 2027.pdf")).getAttribute("href");
            assertTrue(href.contains("/api/applications/" + application + "/attachments/"), href);

            submit(application);
            browser.manage().deleteAllCookies();
            signIn(browser, SECRETARIAT, "landing-secretariat");
            browser.get(base + "secretariat/applications.xhtml?call=" + call);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:applications")));
            browser.findElement(By.xpath("//tr[contains(., 'Nairobi')]//button")).click();
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Budget 2027.pdf")));
            Browser.screenshot(browser, "secretariat-attachments");
            String path = link.getAttribute("href").substring(base.toString().length());
            Http signedIn = new Http(base.toURI());
            signedIn.signIn(SECRETARIAT, Http.DEMO_PASSWORD);
            HttpResponse<byte[]> download = signedIn.getBytes(path, null);
            assertEquals(200, download.statusCode(), "the link works with the screen's session");
            assertArrayEquals(Files.readAllBytes(file), download.body());
        } finally {
            browser.quit();
        }
    }

    private void signIn(WebDriver browser, String email, String landing) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.id(landing)));
    }

    private void submit(long application) {
        JsonObject current = Http.object(http.get("api/applications/" + application, APPLICANT));
        HttpResponse<String> submitted = http.postJsonIfMatch("api/applications/" + application + "/submit", APPLICANT,
                String.valueOf(current.getJsonNumber("version").longValue()), GrantApplicationsIT.form("3000", true));
        assertEquals(200, submitted.statusCode(), submitted.body());
    }
}
