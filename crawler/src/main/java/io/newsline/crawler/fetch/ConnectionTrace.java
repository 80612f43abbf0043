package io.newsline.crawler.fetch;

import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Request;

/**
 * What one call did with its connection: whether it reused a pooled one instead of opening its own. A call carries
 * its trace as a {@link Request#tag(Class) tag}; {@link #FACTORY} hands OkHttp that tag as the call's listener.
 * {@link HttpFetcher} reads it to tell a stale keep-alive connection (closed by the server while it sat in the
 * pool, found out only when the request is sent) from a server that fails.
 */
final class ConnectionTrace extends EventListener {
    /** The listener of a call: its request's trace, or none. */
    static final EventListener.Factory FACTORY = call -> {
        ConnectionTrace trace = call.request().tag(ConnectionTrace.class);
        return trace == null ? EventListener.NONE : trace;
    };

    private volatile boolean connected;
    private volatile boolean acquired;

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        connected = true;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        acquired = true;
    }

    /** True when the call got a connection from the pool without opening one. */
    boolean reusedPooledConnection() {
        return acquired && !connected;
    }
}
