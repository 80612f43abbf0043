package io.newsline.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS trust for {@code --cacert}: the system's trusted CAs plus the certificates of one PEM file. A server is
 * trusted when either set trusts its chain, like curl with {@code --cacert} on top of the system store.
 */
final class ExtraTrust {
    private final X509TrustManager trustManager;
    private final SSLContext sslContext;

    private ExtraTrust(X509TrustManager trustManager, SSLContext sslContext) {
        this.trustManager = trustManager;
        this.sslContext = sslContext;
    }

    /** Trust of the system CAs and those in {@code pemFile}; fails naming the file when it holds no certificate. */
    static ExtraTrust withPemFile(Path pemFile) {
        try {
            X509TrustManager system = trustManagerOver(null);
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            List<X509Certificate> certs = readPem(pemFile);
            for (int i = 0; i < certs.size(); i++) {
                extra.setCertificateEntry("cacert-" + i, certs.get(i));
            }
            X509TrustManager composite = new EitherTrustManager(system, trustManagerOver(extra));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {composite}, null);
            return new ExtraTrust(composite, context);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("--cacert " + pemFile + ": cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    X509TrustManager trustManager() {
        return trustManager;
    }

    javax.net.ssl.SSLSocketFactory socketFactory() {
        return sslContext.getSocketFactory();
    }

    private static List<X509Certificate> readPem(Path pemFile) throws IOException, CertificateException {
        if (!Files.isReadable(pemFile)) {
            throw new IllegalArgumentException("--cacert " + pemFile + ": file not found or not readable");
        }
        Collection<? extends Certificate> read;
        try (InputStream in = Files.newInputStream(pemFile)) {
            read = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("--cacert " + pemFile + ": not a PEM certificate file (" + e.getMessage() + ")", e);
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (Certificate c : read) {
            certs.add((X509Certificate) c);
        }
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("--cacert " + pemFile + ": holds no certificate; expected '-----BEGIN CERTIFICATE-----' blocks");
        }
        return certs;
    }

    private static X509TrustManager trustManagerOver(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager among " + Arrays.toString(factory.getTrustManagers()));
    }

    /** Trusts a chain when the first or the second manager does. */
    private static final class EitherTrustManager implements X509TrustManager {
        private final X509TrustManager first;
        private final X509TrustManager second;

        EitherTrustManager(X509TrustManager first, X509TrustManager second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkClientTrusted(chain, authType);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException firstRefusal) {
                try {
                    second.checkServerTrusted(chain, authType);
                } catch (CertificateException secondRefusal) {
                    secondRefusal.addSuppressed(firstRefusal);
                    throw secondRefusal;
                }
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
