package org.plenary.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No SQL in a shared room names a process's table. ArchUnit sees imports, not the text of a query, so this
 * reads the sources: every table the Flyway migrations create belongs to a process unless a shared room owns it.
 */
class SharedRoomsSqlTest {

    private static final Path SOURCES = Path.of("src/main/java/org/plenary");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final List<String> SHARED_ROOMS = List.of("inbox", "notifications", "workflow", "audit", "identity",
            "platform");
    /** Tables of the shared rooms, by prefix or name; every other table is a process's. */
    private static final List<String> SHARED_TABLES = List.of("app_user", "user_role", "user_region", "organisation", "audit_",
            "inbox_", "notification_");
    /** Queries there when the rule arrived, each to move behind a seam; the list only shrinks (a fixed one must go). */
    private static final List<String> NOT_MOVED_YET = List.of(
            "notifications/application/Notifications.java: grant_call_team");
    private static final Pattern CREATE = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?`?([a-z_0-9]+)");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void noSharedRoomQueriesAProcessTable() throws IOException {
        Set<String> processTables = processTables();
        assertFalse(processTables.isEmpty(), "the migrations create process tables: grants' at least");
        List<String> found = new ArrayList<>();
        for (String room : SHARED_ROOMS) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(room))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(tablesNamedIn(file, processTables));
                }
            }
        }
        List<String> moved = NOT_MOVED_YET.stream().filter(known -> !found.contains(known)).toList();
        assertEquals(List.of(), moved, "moved behind a seam: take it off NOT_MOVED_YET");
        found.removeAll(NOT_MOVED_YET);
        assertEquals(List.of(), found, "shared rooms reach a process's data through a seam the process implements");
    }

    static Set<String> processTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    String table = create.group(1).toLowerCase(java.util.Locale.ROOT);
                    if (SHARED_TABLES.stream().noneMatch(table::startsWith)) {
                        tables.add(table);
                    }
                }
            }
        }
        return tables;
    }

    private static List<String> tablesNamedIn(Path file, Set<String> tables) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher literal = STRING.matcher(Files.readString(file));
        while (literal.find()) {
            String text = literal.group().toLowerCase(java.util.Locale.ROOT);
            for (String table : tables) {
                if (Pattern.compile("\\b" + table + "\\b").matcher(text).find()) {
                    found.add(SOURCES.relativize(file) + ": " + table);
                }
            }
        }
        return found;
    }
}
