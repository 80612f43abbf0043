package io.newsline.publisher;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A second listener of the embedded broker, {@code SASL_SSL} on 127.0.0.1, as secured clusters run it: TLS with the
 * server certificate of {@code keyStore} (PKCS12, one key whose password is the store's), and SCRAM-SHA-512 logins of
 * one user, created when the broker's storage is formatted (a broker whose data dir already exists keeps the users it
 * was formatted with). For tests of {@code --kafka-config}; Newsline's own commands never open one.
 *
 * @param keyStore         PKCS12 key store with the server's key and certificate chain
 * @param keyStorePassword password of the store and of the key in it
 * @param user             the SCRAM-SHA-512 user
 * @param password         that user's password (letters, digits, {@code -} and {@code _})
 */
public record SaslSslListener(Path keyStore, String keyStorePassword, String user, String password) {

    /** The one mechanism the listener enables. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    public SaslSslListener {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!user.matches("[A-Za-z0-9_-]+") || !password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("SCRAM user and password must be letters, digits, - or _ (they are"
                    + " written unquoted into the broker's bootstrap records)");
        }
    }

    /** The argument of Kafka's storage formatter that creates the user: {@code SCRAM-SHA-512=[name=..,password=..]}. */
    String scramArgument() {
        return MECHANISM + "=[name=" + user + ",password=" + password + "]";
    }

    /** Hides the passwords. */
    @Override
    public String toString() {
        return "SaslSslListener[keyStore=" + keyStore + ", user=" + user + "]";
    }
}
