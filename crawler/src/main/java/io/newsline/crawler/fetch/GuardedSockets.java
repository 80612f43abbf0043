package io.newsline.crawler.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Objects;
import java.util.Optional;
import javax.net.SocketFactory;

/**
 * The SSRF guard's last line: sockets whose {@code connect} checks the target address against a
 * {@link ConnectPolicy} and throws {@link BlockedAddressException} before any packet is sent. OkHttp opens every
 * TCP connection through its client's socket factory (TLS is layered on top, fast fallback races several of them
 * on other threads), whatever form the URL's host took, so this is the one point that sees every address a page,
 * robots.txt, sitemap, feed or redirect hop is fetched from. Sockets come from {@code inner} and are wrapped.
 */
final class GuardedSockets extends SocketFactory {
    private final SocketFactory inner;
    private final ConnectPolicy policy;

    GuardedSockets(SocketFactory inner, ConnectPolicy policy) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Socket createSocket() throws IOException {
        return new ForwardingSocket(inner.createSocket()) {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                check(endpoint);
                super.connect(endpoint, timeout);
            }
        };
    }

    private void check(SocketAddress endpoint) throws BlockedAddressException {
        if (!(endpoint instanceof InetSocketAddress target) || target.isUnresolved()) {
            throw new BlockedAddressException("refused to connect to " + endpoint + ": not a resolved IP address");
        }
        Optional<AddressRefusal> refusal = policy.refusal(target);
        if (refusal.isPresent()) {
            throw new BlockedAddressException("refused to connect to " + refusal.get().describe() + " (port " + target.getPort() + ")");
        }
    }

    // The connected variants below are not used by OkHttp; they connect through the guarded createSocket() too.

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress target, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(target);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
