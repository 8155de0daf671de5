package org.plenary.inbox.bench;

import java.net.URI;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * bench/inbox-http.sh: GET /api/inbox?view=offered (first page of 50 with its total) over HTTP with HTTP Basic,
 * 20 concurrent users, against a Payara Micro running Plenary on the plenary_bench data. Two steps, run by the
 * script around the server's life:
 *
 *   prepare                  fills plenary_bench if needed (InboxBenchmark's data) and gives it the bench's users
 *   measure BASE_URL [--clients 20] [--warmup 30] [--requests 15]   (requests and warm-up per client)
 *
 * Users: 20 reviewers (ids 200..219, role REVIEWER, organisations 2..21) and 20 secretariat officers (ids 1..20,
 * role SECRETARIAT, organisation 1), all with the password {@value #PASSWORD} (one real PBKDF2 hash, as
 * PasswordHashing makes them: PBKDF2WithHmacSHA512, 210,000 iterations).
 */
public final class HttpInboxBenchmark {

    static final String PASSWORD = "plenary-bench-password";
    static final int SECRETARIAT_ORGANISATION = 1;
    static final String INBOX = "/api/inbox?view=offered&limit=50";
    /** What is measured: the inbox's first page, or with --path another GET (to see where the time goes). */
    private static String path = INBOX;
    /** Requests each client makes again before its case is measured, once every case has warmed up. */
    private static final int WARM_AGAIN = 5;
    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private HttpInboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        System.setProperty("http.maxConnections", "100");
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("prepare [--open-tasks N] [--historic-tasks N] | measure BASE_URL [--clients N] [--warmup N] [--requests N]");
        }
        if (arguments.get(0).equals("prepare")) {
            prepare(BenchDatabase.fromEnvironment(), InboxBenchmark.Size.of(arguments));
        } else if (arguments.get(0).equals("measure")) {
            URI base = URI.create(arguments.get(1));
            int clients = option(arguments, "--clients", 20);
            int warmup = option(arguments, "--warmup", 30);
            int requests = option(arguments, "--requests", 15);
            int at = arguments.indexOf("--path");
            path = at < 0 ? INBOX : arguments.get(at + 1);
            List<Case> cases = List.of(new Case("reviewer", users("reviewer", clients)),
                    new Case("secretariat", users("secretariat", clients)));
            System.out.printf("%d concurrent clients, each its own user and connection; every case warms up first with %d "
                    + "requests per client; then per case %d more and %d measured per client (%d per case)%n", clients,
                    warmup, WARM_AGAIN, requests, clients * requests);
            List<String> lines = new ArrayList<>();
            at = arguments.indexOf("--payara-pid");
            CpuMeter cpu = new CpuMeter(at < 0 ? null : Long.valueOf(arguments.get(at + 1)));
            for (Case c : cases) {
                run(base, c, warmup, 0, cpu);
            }
            for (Case c : cases) {
                long statementsBefore = statements();
                double[] millis = run(base, c, WARM_AGAIN, requests, cpu);
                double perRequest = (statements() - statementsBefore) / (double) (clients * (WARM_AGAIN + requests));
                lines.add(String.format("%-12s %-40s %7.1f / %7.1f  (max %.1f, %d requests; %.1f SQL statements per "
                        + "request)  <= 200 ms %s%n%-12s CPU ms per measured request: %s", c.who(),
                        path.equals(INBOX) ? "GET /api/inbox?view=offered (page + total)" : "GET " + path, InboxBenchmark.median(millis),
                        InboxBenchmark.p95(millis), millis[millis.length - 1], millis.length, perRequest,
                        InboxBenchmark.p95(millis) <= 200 ? "met" : "MISSED", "", cpu.perRequest(millis.length)));
            }
            System.out.printf("%ntimes in ms, median / p95%n");
            lines.forEach(System.out::println);
        } else {
            throw new IllegalArgumentException("unknown step " + arguments.get(0));
        }
    }

    /** MariaDB's count of statements received (all clients: the server's background jobs add a few). */
    private static long statements() {
        try (Connection connection = BenchDatabase.fromEnvironment().connect()) {
            return InboxBenchmark.scalar(connection,
                    "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'QUESTIONS'");
        } catch (SQLException e) {
            return 0;
        }
    }

    static String email(String who, int index) {
        return "bench-" + who + "-" + index + "@bench.plenary.test";
    }

    private static List<String> users(String who, int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(email(who, i));
        }
        return emails;
    }

    /** The data of bench/inbox.sh, plus organisations and 40 users who can sign in, unlocked. */
    static void prepare(BenchDatabase database, InboxBenchmark.Size size) throws Exception {
        InboxBenchmark.fillIfNeeded(database, false, size);
        try (Connection connection = database.connect()) {
            System.out.println(InboxBenchmark.machine(connection));
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement organisation = connection.prepareStatement("INSERT IGNORE INTO organisation "
                    + "(id, name, country, region, membership_status, created_at, version) VALUES (?, ?, 'ch', ?, 'ACTIVE', ?, 1)")) {
                for (int id = 1; id < 2 + BenchData.ORGANISATIONS; id++) {
                    organisation.setLong(1, id);
                    organisation.setString(2, id == SECRETARIAT_ORGANISATION ? "Bench network secretariat"
                            : "Member organisation " + id);
                    organisation.setString(3, BenchData.region(id).name());
                    organisation.setTimestamp(4, now);
                    organisation.addBatch();
                }
                organisation.executeBatch();
            }
            String hash = pbkdf2(PASSWORD);
            try (PreparedStatement user = connection.prepareStatement("INSERT IGNORE INTO app_user (id, email, full_name, "
                    + "organisation_id, preferred_language, time_zone, password_hash, active, demo_account, failed_logins, "
                    + "created_at, version) VALUES (?, ?, ?, ?, 'en', 'UTC', ?, TRUE, FALSE, 0, ?, 1)");
                    PreparedStatement role = connection.prepareStatement(
                            "INSERT IGNORE INTO user_role (user_id, role) VALUES (?, ?)")) {
                for (int i = 0; i < 20; i++) {
                    addUser(user, role, 1 + i, email("secretariat", i), SECRETARIAT_ORGANISATION, "SECRETARIAT", hash, now);
                    addUser(user, role, 200 + i, email("reviewer", i), 2 + i % BenchData.ORGANISATIONS, "REVIEWER", hash,
                            now);
                }
                user.executeBatch();
                role.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                int unlocked = statement.executeUpdate("UPDATE app_user SET failed_logins = 0, locked_until = NULL "
                        + "WHERE email LIKE 'bench-%@bench.plenary.test'");
                System.out.printf("bench users ready: %d (password %s)%n", unlocked, PASSWORD);
            }
        }
    }

    private static void addUser(PreparedStatement user, PreparedStatement role, long id, String email, long organisation,
            String roleName, String hash, Timestamp now) throws SQLException {
        int p = 0;
        user.setLong(++p, id);
        user.setString(++p, email);
        user.setString(++p, "Bench " + roleName.toLowerCase(java.util.Locale.ROOT) + " " + id);
        user.setLong(++p, organisation);
        user.setString(++p, hash);
        user.setTimestamp(++p, now);
        user.addBatch();
        role.setLong(1, id);
        role.setString(2, roleName);
        role.addBatch();
    }

    /** The stored form Jakarta Security's Pbkdf2PasswordHash writes with PasswordHashing's parameters. */
    static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(key);
    }

    /** Every client warms up, waits for the others, then all measure at once; the times of all clients, sorted. */
    private static double[] run(URI base, Case c, int warmup, int requests, CpuMeter cpu) throws Exception {
        int clients = c.users().size();
        CyclicBarrier start = new CyclicBarrier(clients, cpu::start);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (String user : c.users()) {
                futures.add(pool.submit(() -> client(base, user, warmup, requests, start)));
            }
            double[] all = new double[clients * requests];
            int at = 0;
            for (Future<double[]> future : futures) {
                double[] mine = future.get();
                System.arraycopy(mine, 0, all, at, mine.length);
                at += mine.length;
            }
            cpu.stop();
            Arrays.sort(all);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One user's client: the JDK's blocking HttpURLConnection, whose keep-alive cache hands the thread its
     * connection back after each fully read answer (java.net.http.HttpClient cost about twice the CPU per
     * request, which on two shared cores is taken from the server).
     */
    private static double[] client(URI base, String user, int warmup, int requests, CyclicBarrier start)
            throws Exception {
        URL url = base.resolve(path).toURL();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < warmup; i++) {
            call(url, authorization, user);
        }
        start.await();
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long begin = System.nanoTime();
            call(url, authorization, user);
            millis[i] = (System.nanoTime() - begin) / 1e6;
        }
        return millis;
    }

    private static void call(URL url, String authorization, String user) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        connection.setRequestProperty("Accept", "application/json");
        connection.setRequestProperty("Authorization", authorization);
        int status = connection.getResponseCode();
        String body;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status != 200) {
            throw new IllegalStateException(user + ": HTTP " + status + " " + body);
        }
        if (!path.equals(INBOX)) {
            return;
        }
        Matcher total = TOTAL.matcher(body);
        int items = body.split("\"taskId\"", -1).length - 1;
        if (!total.find() || Long.parseLong(total.group(1)) < 50 || items != 50) {
            throw new IllegalStateException(user + ": not a full first page with its total: "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }

    private static int option(List<String> arguments, String name, int fallback) {
        int at = arguments.indexOf(name);
        return at < 0 || at + 1 >= arguments.size() ? fallback : Integer.parseInt(arguments.get(at + 1));
    }

    private record Case(String who, List<String> users) {
    }
}
