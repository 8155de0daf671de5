package org.plenary.inbox.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskQuery;
import org.plenary.inbox.DueFilter;
import org.plenary.inbox.InboxFilter;
import org.plenary.inbox.InboxPage;
import org.plenary.inbox.InboxRequest;
import org.plenary.inbox.InboxSort;
import org.plenary.inbox.InboxView;
import org.plenary.inbox.InboxViewer;
import org.plenary.inbox.infrastructure.InboxQueries;

/**
 * bench/inbox: the inbox's read model against Flowable's own candidate task query, on MariaDB with
 * 100,000 open tasks (2,000 users, 40 groups) and 1,000,000 finished tasks. See docs/performance.md.
 *
 *   bench/inbox.sh [--fresh] [--no-anchor] [--requests N] [--warmup N]
 *
 * Database server: BENCH_DB_SERVER (default jdbc:mysql://127.0.0.1:3306), BENCH_DB_USER (root),
 * BENCH_DB_PASSWORD (empty); it creates and uses only the database plenary_bench.
 */
public final class InboxBenchmark {

    static final Instant NOW = Instant.parse("2027-05-01T08:00:00Z");
    static final int OPEN_TASKS = 100_000;
    static final int HISTORIC_TASKS = 1_000_000;
    static final int PAGE = 50;

    /** How much data: the full size by default; CI runs it small (--open-tasks, --historic-tasks) to keep it working. */
    record Size(int openTasks, int historicTasks) {
        /** The deep page's position: 5,000 at full size, less on smaller data so that the page stays full. */
        int deep() {
            return Math.min(5_000, openTasks / 20);
        }

        static Size of(List<String> arguments) {
            return new Size(option(arguments, "--open-tasks", OPEN_TASKS),
                    option(arguments, "--historic-tasks", HISTORIC_TASKS));
        }
    }

    private InboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean fresh = arguments.contains("--fresh");
        boolean anchor = !arguments.contains("--no-anchor");
        int requests = option(arguments, "--requests", 300);
        int warmup = option(arguments, "--warmup", 50);
        Size size = Size.of(arguments);
        BenchDatabase database = BenchDatabase.fromEnvironment();

        fillIfNeeded(database, fresh, size);

        ProcessEngine engine = database.engine();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(NOW));
        try (Connection connection = database.connect()) {
            System.out.println(machine(connection));
            System.out.printf("data: %,d open tasks (ACT_RU_TASK), %,d in the read model, %,d offers, %,d historic tasks%n",
                    scalar(connection, "SELECT COUNT(*) FROM ACT_RU_TASK"),
                    scalar(connection, "SELECT COUNT(*) FROM inbox_task"),
                    scalar(connection, "SELECT COUNT(*) FROM inbox_offer"),
                    scalar(connection, "SELECT COUNT(*) FROM ACT_HI_TASKINST"));
            checkTheListener(engine, connection);

            InboxViewer reviewer = new InboxViewer(200, 7L, Set.of("reviewer", "org-7"), false);
            InboxViewer secretariat = new InboxViewer(1, 1L, Set.of("secretariat", "org-1"), true);
            List<Result> results = new ArrayList<>();
            for (InboxViewer viewer : List.of(reviewer, secretariat)) {
                String who = viewer.networkWide() ? "secretariat" : "reviewer";
                results.addAll(measure(who, viewer, connection, anchor ? engine.getTaskService() : null, warmup, requests,
                        size.deep()));
            }
            print(results, requests);
        } finally {
            engine.close();
        }
    }

    /** Creates and fills plenary_bench when asked to or when it does not hold this benchmark's data yet. */
    static void fillIfNeeded(BenchDatabase database, boolean fresh, Size size) throws Exception {
        if (fresh || !filled(database, size)) {
            long start = System.nanoTime();
            database.recreate();
            ProcessEngine engine = database.engine();
            String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("small-grant").latestVersion().singleResult().getId();
            engine.close();
            try (Connection connection = database.connect()) {
                BenchData data = new BenchData(connection, NOW, definition);
                data.fillOpenTasks(size.openTasks());
                System.out.printf("filled %,d open tasks after %.0f s%n", size.openTasks(), seconds(start));
                data.fillHistory(size.historicTasks());
                System.out.printf("filled %,d historic tasks after %.0f s%n", size.historicTasks(), seconds(start));
                data.analyse();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE bench_info (open_tasks INT NOT NULL, historic_tasks INT NOT NULL)");
                    statement.execute("INSERT INTO bench_info VALUES (" + size.openTasks() + ", " + size.historicTasks() + ")");
                }
            }
        }
    }

    private static List<Result> measure(String who, InboxViewer viewer, Connection connection, TaskService tasks,
            int warmup, int requests, int deep) throws Exception {
        List<String> groups = viewer.groups().stream().sorted().toList();
        InboxFilter overdue = new InboxFilter(null, null, null, DueFilter.OVERDUE, null);
        InboxFilter search = new InboxFilter(null, null, null, null, "naloxone");
        String deepCursor = cursorAt(connection, viewer, deep);

        System.out.printf("%s: %,d offered by the read model (Flowable's candidate-group query: %,d; the read model adds "
                + "tasks offered to the user by name and hides, for a reviewer, cases of their own organisation), "
                + "%,d overdue, %,d found by search%n", who,
                InboxQueries.count(connection, viewer, InboxView.OFFERED, InboxFilter.none(), NOW),
                tasks == null ? -1 : candidates(tasks, groups).count(),
                InboxQueries.count(connection, viewer, InboxView.OFFERED, overdue, NOW),
                InboxQueries.count(connection, viewer, InboxView.OFFERED, search, NOW));

        List<Result> results = new ArrayList<>();
        results.add(new Result(who, "first page + count",
                time(warmup, requests, () -> page(connection, viewer, InboxFilter.none(), null, 0, true)),
                time(warmup, requests, anchor(tasks, () -> {
                    candidates(tasks, groups).orderByTaskDueDate().asc().orderByTaskId().asc().listPage(0, PAGE);
                    candidates(tasks, groups).count();
                }))));
        results.add(new Result(who, "filtered (overdue) + count",
                time(warmup, requests, () -> page(connection, viewer, overdue, null, 0, true)),
                time(warmup, requests, anchor(tasks, () -> {
                    candidates(tasks, groups).taskDueBefore(Date.from(NOW)).orderByTaskDueDate().asc()
                            .orderByTaskId().asc().listPage(0, PAGE);
                    candidates(tasks, groups).taskDueBefore(Date.from(NOW)).count();
                }))));
        results.add(new Result(who, "search + count",
                time(warmup, requests, () -> page(connection, viewer, search, null, 0, true)),
                time(warmup, requests, anchor(tasks, () -> {
                    candidates(tasks, groups).taskNameLikeIgnoreCase("%review%").orderByTaskDueDate().asc()
                            .orderByTaskId().asc().listPage(0, PAGE);
                    candidates(tasks, groups).taskNameLikeIgnoreCase("%review%").count();
                }))));
        // Flowable's page at the deep offset is the anchor of both ways the read model reaches that page
        double[] deepAnchor = time(warmup, requests, anchor(tasks, () -> candidates(tasks, groups).orderByTaskDueDate()
                .asc().orderByTaskId().asc().listPage(deep, PAGE)));
        results.add(new Result(who, String.format("deep page (keyset at %,d)", deep),
                time(warmup, requests, () -> page(connection, viewer, InboxFilter.none(), deepCursor, 0, false)),
                deepAnchor));
        results.add(new Result(who, String.format("deep page (offset %,d)", deep),
                time(warmup, requests, () -> page(connection, viewer, InboxFilter.none(), null, deep, false)),
                deepAnchor));
        return results;
    }

    private static TaskQuery candidates(TaskService tasks, List<String> groups) {
        return tasks.createTaskQuery().taskCandidateGroupIn(groups);
    }

    /** Flowable's side of a case, or nothing with --no-anchor. */
    private static Work anchor(TaskService tasks, Work work) {
        return tasks == null ? null : work;
    }

    private static InboxPage page(Connection connection, InboxViewer viewer, InboxFilter filter, String cursor,
            int offset, boolean total) throws SQLException {
        InboxPage page = InboxQueries.page(connection, viewer,
                new InboxRequest(InboxView.OFFERED, filter, InboxSort.DUE, cursor, offset, PAGE, total), NOW);
        if (page.items().size() != PAGE) {
            throw new IllegalStateException("a short page: " + page.items().size());
        }
        return page;
    }

    /** The cursor after the first `position` tasks, as a user paging on would hold it. */
    private static String cursorAt(Connection connection, InboxViewer viewer, int position) throws SQLException {
        InboxPage before = InboxQueries.page(connection, viewer, new InboxRequest(InboxView.OFFERED, InboxFilter.none(),
                InboxSort.DUE, null, position - PAGE, PAGE, false), NOW);
        return before.nextCursor();
    }

    /** A real process on this database: its task reaches the read model in the engine's transaction and leaves it. */
    private static void checkTheListener(ProcessEngine engine, Connection connection) throws SQLException {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("small-grant", "application-0",
                Map.of("applicationId", 0L, "callId", 1L, "organisationId", 2L)).getId();
        long written = scalar(connection, "SELECT COUNT(*) FROM inbox_task WHERE process_instance_id = '" + instance + "'");
        engine.getRuntimeService().deleteProcessInstance(instance, "benchmark check");
        long left = scalar(connection, "SELECT COUNT(*) FROM inbox_task WHERE process_instance_id = '" + instance + "'");
        if (written != 1 || left != 0) {
            throw new IllegalStateException("the inbox listener did not follow the engine: " + written + ", " + left);
        }
        System.out.println("listener check: a started process's task entered the read model and left it with the process");
    }

    private static double[] time(int warmup, int requests, Work work) throws Exception {
        if (work == null) {
            return new double[] {Double.NaN};
        }
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void print(List<Result> results, int requests) {
        System.out.printf("%nper case: %d requests after warm-up; times in ms (median / p95); ratio = read model p95 / "
                + "Flowable p95%n", requests);
        System.out.printf("%-12s %-30s %17s %17s %7s  %s%n", "user", "case", "read model", "Flowable query", "ratio",
                "target (p95)");
        for (Result r : results) {
            double target = r.name.startsWith("first") ? 20 : 50;
            System.out.printf("%-12s %-30s %7.1f / %7.1f %7.1f / %7.1f %7.2f  <= %.0f ms %s%n", r.who, r.name,
                    median(r.ours), p95(r.ours), median(r.anchor), p95(r.anchor), p95(r.ours) / p95(r.anchor), target,
                    p95(r.ours) <= target ? "met" : "MISSED");
        }
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static boolean filled(BenchDatabase database, Size size) {
        try (Connection connection = database.connect()) {
            return scalar(connection, "SELECT COUNT(*) FROM bench_info WHERE open_tasks = " + size.openTasks()
                    + " AND historic_tasks = " + size.historicTasks()) == 1;
        } catch (SQLException absent) {
            return false;
        }
    }

    static String machine(Connection connection) throws SQLException {
        String version;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            rows.next();
            version = rows.getString(1) + ", buffer pool " + rows.getLong(2) / (1024 * 1024) + " MB";
        }
        return String.format("machine: %d cores, %d MB max heap, Java %s; MariaDB %s", Runtime.getRuntime()
                .availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), version);
    }

    static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int option(List<String> arguments, String name, int fallback) {
        int at = arguments.indexOf(name);
        return at < 0 || at + 1 >= arguments.size() ? fallback : Integer.parseInt(arguments.get(at + 1));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private interface Work {
        void run() throws Exception;
    }

    private record Result(String who, String name, double[] ours, double[] anchor) {
    }
}
