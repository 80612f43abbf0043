package io.newsline.publisher.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed CA and a server certificate it signed for 127.0.0.1 and localhost, made with the JDK's keytool (no
 * extra dependency): the server's PKCS12 key store, and a PKCS12 trust store holding only the CA, as a Kafka
 * client's {@code ssl.truststore.location}. All stores share {@link #PASSWORD}.
 *
 * @param serverKeyStore the server's key and certificate chain (server, CA)
 * @param trustStore     the CA's certificate
 */
public record TestCertificates(Path serverKeyStore, Path trustStore) {

    /** The password of every store made here. */
    public static final String PASSWORD = "test-store-pw";

    /** A new CA and server certificate in {@code dir}. */
    public static TestCertificates create(Path dir) {
        Path ca = dir.resolve("ca.p12");
        Path caCert = dir.resolve("ca.crt");
        Path server = dir.resolve("server.p12");
        Path csr = dir.resolve("server.csr");
        Path serverCert = dir.resolve("server.crt");
        Path trust = dir.resolve("truststore.p12");
        keytool("-genkeypair", "-alias", "ca", "-dname", "CN=Newsline Test CA", "-ext", "bc:c", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-keystore", ca.toString());
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", caCert.toString());
        keytool("-genkeypair", "-alias", "server", "-dname", "CN=localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "2", "-keystore", server.toString());
        keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-file", csr.toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", csr.toString(), "-outfile",
                serverCert.toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", server.toString(), "-file", caCert.toString());
        keytool("-importcert", "-alias", "server", "-keystore", server.toString(), "-file", serverCert.toString());
        keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", trust.toString(), "-file", caCert.toString());
        return new TestCertificates(server, trust);
    }

    private static void keytool(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }

    /**
     * A Kafka client properties file (as {@code --kafka-config} reads) in {@code dir} for the broker's SASL_SSL
     * listener: SCRAM-SHA-512 as {@code user} with {@code password}, trusting {@code trustStore}.
     */
    public static Path clientConfig(Path dir, String user, String password, Path trustStore) {
        String text = "security.protocol=SASL_SSL\n"
                + "sasl.mechanism=SCRAM-SHA-512\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\\\""
                + user + "\\\" password=\\\"" + password + "\\\";\n"
                + "ssl.truststore.type=PKCS12\n"
                + "ssl.truststore.location=" + trustStore.toString().replace("\\", "/") + "\n"
                + "ssl.truststore.password=" + PASSWORD + "\n";
        Path file = dir.resolve("client-" + password + "-" + trustStore.getParent().getFileName() + ".properties");
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
