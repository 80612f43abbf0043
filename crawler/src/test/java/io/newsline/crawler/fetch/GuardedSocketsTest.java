package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuardedSocketsTest {
    private final List<SocketAddress> reachedInner = new CopyOnWriteArrayList<>();
    private ServerSocket listener;

    /** Loopback-only sockets that note every connect that got past the guard. */
    private final SocketFactory inner = new LoopbackOnlySockets() {
        @Override
        public Socket createSocket() {
            Socket loopbackOnly = super.createSocket();
            return new ForwardingSocket(loopbackOnly) {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    reachedInner.add(endpoint);
                    super.connect(endpoint, timeout);
                }
            };
        }
    };

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    private InetSocketAddress listening() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    @Test
    void refusesToConnectToLoopbackBeforeTheInnerSocketIsAsked() throws IOException {
        GuardedSockets guarded = new GuardedSockets(inner, new ConnectPolicy(false, Set.of()));

        try (Socket socket = guarded.createSocket()) {
            assertThatThrownBy(() -> socket.connect(listening(), 1000)).isInstanceOf(BlockedAddressException.class)
                    .hasMessage("refused to connect to 127.0.0.1, a loopback address in 127.0.0.0/8 (port "
                            + listener.getLocalPort() + ")");
        }
        assertThat(reachedInner).isEmpty();
    }

    @Test
    void refusesPrivateAndMetadataAddressesBeforeTheInnerSocketIsAsked() throws IOException {
        GuardedSockets guarded = new GuardedSockets(inner, new ConnectPolicy(false, Set.of()));

        for (String address : List.of("10.0.0.1", "169.254.169.254", "100.64.0.1", "::7f00:1", "64:ff9b::a9fe:a9fe")) {
            try (Socket socket = guarded.createSocket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(SpecialRange.literal(address), 80)))
                        .as(address).isInstanceOf(BlockedAddressException.class);
            }
        }
        assertThat(reachedInner).isEmpty();
    }

    @Test
    void refusesAnUnresolvedAddress() throws IOException {
        GuardedSockets guarded = new GuardedSockets(inner, new ConnectPolicy(false, Set.of()));

        try (Socket socket = guarded.createSocket()) {
            assertThatThrownBy(() -> socket.connect(InetSocketAddress.createUnresolved("localhost", 80)))
                    .isInstanceOf(BlockedAddressException.class).hasMessageContaining("not a resolved IP address");
        }
        assertThat(reachedInner).isEmpty();
    }

    @Test
    void connectsToAMappedAddressOnItsPortOnly() throws IOException {
        GuardedSockets guarded = new GuardedSockets(inner, new ConnectPolicy(false, Set.of(listening())));

        try (Socket socket = guarded.createSocket()) {
            socket.connect(listening(), 1000);
            assertThat(socket.isConnected()).isTrue();
            assertThat(socket.getPort()).isEqualTo(listener.getLocalPort());
        }
        try (Socket other = guarded.createSocket()) {
            InetSocketAddress otherPort = new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort() + 1);
            assertThatThrownBy(() -> other.connect(otherPort, 1000)).isInstanceOf(BlockedAddressException.class);
        }
        assertThat(reachedInner).containsExactly(listening());
    }

    @Test
    void connectsAnywhereWhenPrivateAddressesAreAllowed() throws IOException {
        GuardedSockets guarded = new GuardedSockets(inner, new ConnectPolicy(true, Set.of()));

        try (Socket socket = guarded.createSocket()) {
            socket.connect(listening(), 1000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void theConnectedFactoryMethodsAreGuardedToo() {
        GuardedSockets guarded = new GuardedSockets(inner, new ConnectPolicy(false, Set.of()));

        assertThatThrownBy(() -> guarded.createSocket(listener.getInetAddress(), listener.getLocalPort()))
                .isInstanceOf(BlockedAddressException.class);
        assertThat(reachedInner).isEmpty();
    }
}
