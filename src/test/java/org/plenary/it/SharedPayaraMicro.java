package org.plenary.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * Payara Micro started once for every IT class that deploys the same archive, instead of once per class.
 *
 * Payara's managed container launches a new server on every deploy and stops it on every undeploy (Payara
 * Micro cannot redeploy), which cost about 25 s per IT class. This container keeps the server running
 * after a class and hands the next class the same server when its archive has the same content; a class
 * with a different archive (an in-container test, which Arquillian packs with its own test class) stops
 * the running server and starts its own. The last server stops with the suite. Classes share one database
 * in any case, so sharing the server adds no coupling the ITs did not already live with.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private PayaraMicroContainerConfiguration configuration;
    private PayaraMicroDeployableContainer running;
    private Archive<?> runningArchive;
    private String runningFingerprint;
    private ProtocolMetaData runningMetaData;
    private int starts;

    /** Replaces Payara's own managed container for this test suite (META-INF/services). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new PayaraMicroDeployableContainer().getDefaultProtocol();
    }

    @Override
    public void start() {
        // the server starts with the first deployment
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String fingerprint = fingerprint(archive);
        if (running != null && fingerprint.equals(runningFingerprint)) {
            LOG.info(() -> "reusing the running Payara Micro for " + archive.getName());
            return runningMetaData;
        }
        stopRunning();
        PayaraMicroDeployableContainer server = new PayaraMicroDeployableContainer();
        server.setup(configuration);
        runningMetaData = server.deploy(archive);
        running = server;
        runningArchive = archive;
        runningFingerprint = fingerprint;
        starts++;
        LOG.info("Payara Micro start " + starts + " of this suite, for " + archive.getName());
        return runningMetaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept running for the next class; stopped when another archive arrives or the suite ends
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("could not stop Payara Micro", e);
        }
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            PayaraMicroDeployableContainer server = running;
            running = null;
            runningFingerprint = null;
            server.undeploy(runningArchive);
        }
    }

    /** Paths and content of every file in the archive, so that two archives built alike compare equal. */
    static String fingerprint(Archive<?> archive) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, Node> nodes = new TreeMap<>();
            for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
                nodes.put(entry.getKey().get(), entry.getValue());
            }
            digest.update(archive.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Map.Entry<String, Node> entry : nodes.entrySet()) {
                digest.update(entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (entry.getValue().getAsset() != null) {
                    try (InputStream content = entry.getValue().getAsset().openStream()) {
                        digest.update(content.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
