package org.plenary.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the BPMN files that the build copied from workflows/ onto the classpath. */
public final class WorkflowResources {

    public static final String FOLDER = "workflows";
    static final String SUFFIX = ".bpmn20.xml";

    private WorkflowResources() {
    }

    /** A BPMN file: its path below workflows/ and its bytes. */
    public record Resource(String name, byte[] content) {
    }

    public static List<Resource> load(ClassLoader classLoader) {
        try {
            List<Resource> resources = new ArrayList<>();
            Enumeration<URL> roots = classLoader.getResources(FOLDER);
            for (URL root : Collections.list(roots)) {
                if ("file".equals(root.getProtocol())) {
                    readFolder(Path.of(root.toURI()), resources);
                } else if ("jar".equals(root.getProtocol())) {
                    readJar(root, resources);
                }
            }
            resources.sort((a, b) -> a.name().compareTo(b.name()));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the workflows folder", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the workflows folder", e);
        }
    }

    private static void readFolder(Path folder, List<Resource> resources) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(SUFFIX)).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                resources.add(new Resource(name, Files.readAllBytes(file)));
            }
        }
    }

    private static void readJar(URL root, List<Resource> resources) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String prefix = connection.getEntryName() + "/";
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(SUFFIX)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        resources.add(new Resource(entry.getName().substring(prefix.length()), in.readAllBytes()));
                    }
                }
            }
        }
    }
}
