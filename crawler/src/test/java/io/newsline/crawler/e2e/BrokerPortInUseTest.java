package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline broker} on a port another program holds. */
class BrokerPortInUseTest {

    @TempDir
    Path tmp;

    @Test
    void aBusyPortEndsTheBrokerWithOneLineNamingThePortAndTheWayOut() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = busy.getLocalPort();
            try (ChildProcess broker = ChildProcess.start(tmp, "broker", "--data", tmp.resolve("data").toString(),
                    "--port", Integer.toString(port))) {

                int exit = broker.exitCode(Duration.ofSeconds(90));

                assertThat(exit).as(broker.err()).isEqualTo(2);
                String err = broker.err().strip();
                assertThat(err.lines().count()).as(err).isEqualTo(1);
                assertThat(err).contains(Integer.toString(port)).contains("in use").contains("--port");
                assertThat(broker.out()).as("nothing more on standard output").isBlank();
            }
        }
    }
}
