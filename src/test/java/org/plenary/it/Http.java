package org.plenary.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** A small HTTP client for tests against a running Plenary: Basic auth for the API, cookies for the screens. */
public final class Http {

    public static final String DEMO_PASSWORD = "plenary-demo";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    public Http(URI base) {
        this.base = base;
        // HTTP/1.1: the JDK client's h2c upgrade attempt loses connections under many parallel requests
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    public HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST with a JSON body and the version read in If-Match. */
    public HttpResponse<String> postJsonIfMatch(String path, String user, String version, String json) {
        return send(request(path, user).header("Content-Type", "application/json").header("If-Match", version)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String user, String version, String json) {
        return send(request(path, user).header("Content-Type", "application/json").header("If-Match", version)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST with a binary body (an upload) of the given content type. */
    public HttpResponse<String> postBytes(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    /** GET of a file: the body as bytes, any content type accepted. */
    public HttpResponse<byte[]> getBytes(String path, String user) {
        HttpRequest.Builder builder = request(path, user).header("Accept", "*/*");
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST without a body, with the version read in If-Match (or none). */
    public HttpResponse<String> send(String path, String user, String version) {
        HttpRequest.Builder builder = request(path, user).POST(HttpRequest.BodyPublishers.noBody());
        return send(version == null ? builder : builder.header("If-Match", version));
    }

    public HttpResponse<String> getWithPassword(String path, String user, String password) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user, password)).GET());
    }

    /** Signs in through the login form, as a browser would; the session cookie stays in this client. */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> page = get("login.xhtml", null);
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        return send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpClient client() {
        return client;
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return user == null ? builder : builder.header("Authorization", basic(user, DEMO_PASSWORD));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static JsonObject object(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
