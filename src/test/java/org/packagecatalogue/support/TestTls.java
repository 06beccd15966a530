package org.packagecatalogue.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Self-signed TLS identities (for localhost unless told otherwise), made with the JDK's keytool at test time (no key is committed), and a trust
 * store holding some of their certificates, for an application told to trust it ({@code javax.net.ssl.trustStore}).
 */
public final class TestTls {

    static final String PASSWORD = "test-only-password";

    /** A key store with one key and its self-signed certificate for localhost and 127.0.0.1. */
    public record Identity(Path keyStore, Path certificate) {

        /** A server's TLS context presenting this identity. */
        public SSLContext serverContext() {
            try (InputStream in = Files.newInputStream(keyStore)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, PASSWORD.toCharArray());
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, PASSWORD.toCharArray());
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keys.getKeyManagers(), null, null);
                return context;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TestTls() {
    }

    /** A new identity in {@code directory}, named {@code name}, for localhost and 127.0.0.1. */
    public static Identity identity(Path directory, String name) throws IOException, InterruptedException {
        return identity(directory, name, "SAN=dns:localhost,ip:127.0.0.1");
    }

    /** A new identity for the names of this subjectAlternativeName extension ({@code SAN=dns:…}). */
    public static Identity identity(Path directory, String name, String names) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path keyStore = directory.resolve(name + ".p12");
        Path certificate = directory.resolve(name + ".crt");
        Files.deleteIfExists(keyStore);
        Files.deleteIfExists(certificate);
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", names, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        return new Identity(keyStore, certificate);
    }

    /** A PKCS12 trust store holding the certificates of these identities only. */
    public static Path trustStore(Path directory, List<Identity> trusted) throws IOException, InterruptedException {
        Path store = directory.resolve("trusted.p12");
        Files.deleteIfExists(store);
        for (Identity identity : trusted) {
            keytool("-importcert", "-noprompt", "-alias", identity.certificate().getFileName().toString(),
                    "-file", identity.certificate().toString(), "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", PASSWORD);
        }
        return store;
    }

    /** The system properties that make a JVM or a native executable trust only this store. */
    public static List<String> trusting(Path trustStore) {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore.toAbsolutePath(), "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Djavax.net.ssl.trustStorePassword=" + PASSWORD);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
