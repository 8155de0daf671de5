package org.plenary.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plenary as an operator runs it: `java -jar payara-micro.jar --deploy plenary.war`, in its own
 * process, so that a test can kill it with SIGKILL and start it again on the same database.
 */
public final class PlenaryProcess implements AutoCloseable {

    private final Path log;
    private final Process process;
    private final int port;

    private PlenaryProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static PlenaryProcess start(String dbUrl, String dbUser, String dbPassword, Path logFile) throws IOException {
        return start(dbUrl, dbUser, dbPassword, logFile, List.of());
    }

    /** extraProperties: more -Dkey=value settings, such as the profile. */
    public static PlenaryProcess start(String dbUrl, String dbUser, String dbPassword, Path logFile,
            List<String> extraProperties) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dplenary.db.url=" + dbUrl, "-Dplenary.db.user=" + dbUser, "-Dplenary.db.password=" + dbPassword,
                "-Dplenary.async.start-delay=1"));
        String fastStart = System.getProperty("plenary.jvm.fast-start", "");
        if (!fastStart.isBlank()) {
            command.addAll(1, List.of(fastStart.trim().split("\\s+")));
        }
        extraProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("plenary.war", "target/plenary.war"),
                "--contextroot", "/", "--nocluster", "--port", String.valueOf(port)));
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        // the database is the one given here, not the one CI exported for the whole run
        builder.environment().keySet().removeIf(name -> name.startsWith("PLENARY_"));
        Process process = builder.start();
        return new PlenaryProcess(process, port, logFile);
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Waits for the first /health answer that says UP; returns how long that took. */
    public Duration awaitHealthy(Duration timeout) {
        Instant started = Instant.now();
        Http http = new Http(base());
        Waits.until("Plenary answers /health UP; see " + log, timeout, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Plenary stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = http.get("health", null);
                return health.statusCode() == 200 && health.body().contains("\"UP\"");
            } catch (IllegalStateException notYetListening) {
                return false; // connection refused until Payara opens its port
            }
        }, Boolean::booleanValue);
        return Duration.between(started, Instant.now());
    }

    /** Waits until the log shows a line containing text; false if it did not within the timeout. */
    public boolean awaitLog(String text, Duration timeout) {
        try {
            Waits.until("the log shows " + text, timeout, () -> Files.exists(log) && Files.readString(log).contains(text),
                    Boolean::booleanValue);
            return true;
        } catch (AssertionError notShown) {
            return false;
        }
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public List<String> severeLogLines() throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains("SEVERE")).toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
