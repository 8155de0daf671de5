package org.plenary.inbox.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time that the benchmark's clients (this JVM), Payara (the pid the script passes) and the local MariaDB
 * server spend between start and stop: on a machine where all three share two cores, where a request's time
 * goes. Reads /proc (Linux; clock ticks of 10 ms) and the JVM's own process CPU time.
 */
final class CpuMeter {

    private static final double MILLIS_PER_TICK = 10.0;

    private final Long payara;
    private final Long mariadb;
    private long clientsStart;
    private long payaraStart;
    private long mariadbStart;
    private double clients;
    private double server;
    private double database;

    CpuMeter(Long payara) {
        this.payara = payara;
        this.mariadb = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .map(ProcessHandle::pid).findFirst().orElse(null);
    }

    void start() {
        clientsStart = clientsNanos();
        payaraStart = ticks(payara);
        mariadbStart = ticks(mariadb);
    }

    void stop() {
        clients = (clientsNanos() - clientsStart) / 1e6;
        server = (ticks(payara) - payaraStart) * MILLIS_PER_TICK;
        database = (ticks(mariadb) - mariadbStart) * MILLIS_PER_TICK;
    }

    String perRequest(int requests) {
        return String.format("clients %.1f, Payara %s, MariaDB %s", clients / requests,
                payara == null ? "n/a (no --payara-pid)" : String.format("%.1f", server / requests),
                mariadb == null ? "n/a (not local)" : String.format("%.1f", database / requests));
    }

    private static long clientsNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime of a process, fields 14 and 15 of /proc/pid/stat (counted after the command's closing parenthesis). */
    private static long ticks(Long pid) {
        if (pid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
