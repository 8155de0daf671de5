package org.plenary.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every text exists in English, French, Spanish and Russian, with the same arguments, and survives
 * java.text.MessageFormat: screen texts (messages*.properties) and e-mails (notifications/mail*.properties).
 *
 * A screen text with arguments goes through MessageFormat (Messages.text, h:outputFormat), so a literal
 * apostrophe in it is written ''; one without arguments is shown as written (msg['key']), so it has none.
 * Every e-mail text goes through MessageFormat.
 */
class MessagesCompletenessTest {

    private static final List<String> LANGUAGES = List.of("fr", "es", "ru");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    /** Mail keys used as plain strings (an argument of the footer), never formatted. */
    private static final Set<String> MAIL_PLAIN = Set.of("product");

    @Test
    void everyScreenTextIsTranslatedWithTheSameArgumentsAndNoOrphans() {
        check("messages", Set.of(), false);
    }

    @Test
    void everyEmailTextIsTranslatedWithTheSameArgumentsAndNoOrphans() {
        check("org/plenary/notifications/mail", MAIL_PLAIN, true);
    }

    @Test
    void aPatternThatSwallowsAnArgumentOrShowsADoubledApostropheIsCaught() {
        assertTrue(String.join(" ", problem("k", "L'appel {0} est ouvert.", true)).contains("quoting"));
        assertTrue(String.join(" ", problem("k", "Rien n''a été joint.", false)).contains("doubled"));
        assertTrue(problem("k", "L''appel {0} est ouvert.", true).isEmpty());
        assertTrue(problem("k", "Rien n'a été joint.", false).isEmpty());
        assertTrue(String.join(" ", problem("k", "Broken {0", true)).contains("compile"));
    }

    private static void check(String bundle, Set<String> plainKeys, boolean alwaysFormatted) {
        Map<String, String> english = load(bundle + ".properties");
        assertTrue(english.size() > 10, bundle + " has texts");
        List<String> problems = new ArrayList<>();
        english.forEach((key, pattern) -> problems.addAll(prefixed("en " + key,
                problem(key, pattern, formatted(key, pattern, plainKeys, alwaysFormatted)))));
        for (String language : LANGUAGES) {
            Map<String, String> translated = load(bundle + "_" + language + ".properties");
            Set<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(translated.keySet());
            Set<String> orphans = new TreeSet<>(translated.keySet());
            orphans.removeAll(english.keySet());
            if (!missing.isEmpty()) {
                problems.add(language + ": missing " + missing);
            }
            if (!orphans.isEmpty()) {
                problems.add(language + ": not in English " + orphans);
            }
            for (Map.Entry<String, String> text : translated.entrySet()) {
                String key = text.getKey();
                String original = english.get(key);
                if (original == null) {
                    continue;
                }
                if (!arguments(original).equals(arguments(text.getValue()))) {
                    problems.add(language + " " + key + ": arguments " + arguments(text.getValue()) + ", English has "
                            + arguments(original));
                }
                problems.addAll(prefixed(language + " " + key,
                        problem(key, text.getValue(), formatted(key, original, plainKeys, alwaysFormatted))));
            }
        }
        assertEquals(List.of(), problems, bundle);
    }

    private static boolean formatted(String key, String englishPattern, Set<String> plainKeys, boolean always) {
        return !plainKeys.contains(key) && (always || !arguments(englishPattern).isEmpty());
    }

    /**
     * What is wrong with one pattern: it must compile; formatted, it must show every argument and turn ''
     * into ' and nothing else (a lone ' would silently swallow text); shown as written, it has no ''.
     */
    static List<String> problem(String key, String pattern, boolean formatted) {
        List<String> problems = new ArrayList<>();
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            problems.add("does not compile: " + e.getMessage());
            return problems;
        }
        if (formatted) {
            Set<Integer> used = arguments(pattern);
            int count = used.isEmpty() ? 0 : used.stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
            Object[] values = new Object[count];
            for (int i = 0; i < count; i++) {
                values[i] = "<arg" + i + ">";
            }
            String expected = ARGUMENT.matcher(pattern.replace("''", "'"))
                    .replaceAll(m -> Matcher.quoteReplacement("<arg" + m.group(1) + ">"));
            String shown = format.format(values);
            if (!shown.equals(expected)) {
                problems.add("apostrophe quoting changes the text (write '' for '): " + shown);
            }
        } else if (pattern.contains("''")) {
            problems.add("shown without MessageFormat, so '' would be shown doubled: write a single '");
        }
        return problems;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static List<String> prefixed(String prefix, List<String> problems) {
        return problems.stream().map(p -> prefix + ": " + p).toList();
    }

    /** The file's texts in order; a key written twice (easy after merging) fails the test. */
    private static Map<String, String> load(String resource) {
        try (InputStream in = MessagesCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Properties all = new Properties();
            all.load(new StringReader(content));
            Map<String, String> texts = new LinkedHashMap<>();
            BufferedReader lines = new BufferedReader(new StringReader(content));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                String key = trimmed.split("[=:]", 2)[0].strip();
                assertTrue(all.containsKey(key), resource + ": cannot read the line " + line);
                assertTrue(texts.put(key, all.getProperty(key)) == null, resource + ": " + key + " is written twice");
            }
            assertEquals(all.size(), texts.size(), resource);
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
