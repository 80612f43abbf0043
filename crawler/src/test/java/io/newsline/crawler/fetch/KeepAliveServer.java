package io.newsline.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on loopback that closes keep-alive connections the way real servers do, without saying so
 * in a {@code Connection: close} header: right after each response, or once a connection has been idle for a
 * while (Apache's KeepAliveTimeout). WireMock's Jetty keeps connections open, so it cannot show the stale-connection
 * failure. Every request gets the same 200 answer.
 */
final class KeepAliveServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Duration idleTimeout;
    private final boolean answers;
    private final byte[] body;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "keep-alive-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();

    private KeepAliveServer(Duration idleTimeout, boolean answers, byte[] body) {
        this.idleTimeout = idleTimeout;
        this.answers = answers;
        this.body = body;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::acceptLoop);
    }

    /** A server that closes the connection after every response. */
    static KeepAliveServer closingAfterEachResponse(byte[] body) {
        return new KeepAliveServer(Duration.ZERO, true, body);
    }

    /** A server that reads each request and hangs up without answering. */
    static KeepAliveServer hangingUpOnEveryRequest() {
        return new KeepAliveServer(Duration.ZERO, false, new byte[0]);
    }

    /** A server that closes a connection once it has been idle for {@code timeout}. */
    static KeepAliveServer closingIdleAfter(Duration timeout, byte[] body) {
        return new KeepAliveServer(timeout, true, body);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Requests received so far. */
    int requests() {
        return requests.get();
    }

    /** Connections accepted and not yet closed by this server. */
    int openConnections() {
        return open.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                open.incrementAndGet();
                threads.execute(() -> serve(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (readRequestHead(in)) {
                requests.incrementAndGet();
                if (!answers) {
                    break;
                }
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                if (idleTimeout.isZero()) {
                    break;
                }
                connection.setSoTimeout((int) idleTimeout.toMillis());
            }
        } catch (SocketTimeoutException idle) {
            // idle for longer than the keep-alive timeout: closed below, as Apache does
        } catch (IOException e) {
            // the client went away
        } finally {
            open.decrementAndGet();
        }
    }

    /** Reads one request head up to its blank line; false at the end of the stream. */
    private static boolean readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        boolean any = false;
        int b;
        while ((b = in.read()) != -1) {
            any = true;
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                return true;
            }
        }
        if (any) {
            throw new IOException("request head cut off");
        }
        return false;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.shutdownNow();
    }
}
