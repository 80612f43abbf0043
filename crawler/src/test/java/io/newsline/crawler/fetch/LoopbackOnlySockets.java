package io.newsline.crawler.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * A socket factory whose sockets can only connect to loopback. Tests about the SSRF guard use it so that, should
 * the guard ever break, the test fails here instead of sending a packet to a private or metadata address.
 */
class LoopbackOnlySockets extends SocketFactory {

    @Override
    public Socket createSocket() {
        return new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                InetAddress a = ((InetSocketAddress) endpoint).getAddress();
                if (a == null || !a.isLoopbackAddress()) {
                    throw new AssertionError("test tried to connect to non-loopback " + endpoint);
                }
                super.connect(endpoint, timeout);
            }
        };
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException();
    }
}
