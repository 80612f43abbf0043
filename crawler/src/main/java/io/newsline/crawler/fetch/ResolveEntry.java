package io.newsline.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * One curl-style {@code --resolve HOST:PORT:ADDRESS} mapping: requests to {@code host} on {@code port} connect to
 * {@code address} while the URL, the {@code Host} header and TLS SNI stay those of {@code host}. The address is a
 * literal IP (IPv6 may be written in brackets, {@code [::1]}), so no DNS lookup happens for it.
 */
public record ResolveEntry(String host, int port, InetAddress address) {

    public ResolveEntry {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        host = host.toLowerCase(Locale.ROOT);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--resolve " + host + ": port " + port + " is not between 1 and 65535");
        }
    }

    /** Parses {@code HOST:PORT:ADDRESS}, e.g. {@code www.newdaily.co.kr:443:127.0.0.1} or {@code news.test:8443:[::1]}. */
    public static ResolveEntry parse(String text) {
        String usage = "expected --resolve HOST:PORT:ADDRESS such as 'www.newdaily.co.kr:443:127.0.0.1', got '" + text + "'";
        if (text == null) {
            throw new IllegalArgumentException(usage);
        }
        int first = text.indexOf(':');
        int second = first < 0 ? -1 : text.indexOf(':', first + 1);
        if (first <= 0 || second < 0 || second == text.length() - 1) {
            throw new IllegalArgumentException(usage);
        }
        String host = text.substring(0, first);
        String portText = text.substring(first + 1, second);
        String addressText = text.substring(second + 1);
        if (addressText.startsWith("[") && addressText.endsWith("]")) {
            addressText = addressText.substring(1, addressText.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage + ": '" + portText + "' is not a port number", e);
        }
        if (!isIpLiteral(addressText)) {
            throw new IllegalArgumentException(usage + ": '" + addressText + "' is not an IP address");
        }
        try {
            return new ResolveEntry(host, port, InetAddress.getByName(addressText));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(usage + ": '" + addressText + "' is not an IP address", e);
        }
    }

    /** True when {@code host} and {@code port} are the ones this entry maps. */
    public boolean matches(String otherHost, int otherPort) {
        return port == otherPort && host.equalsIgnoreCase(otherHost);
    }

    /** True for a literal IPv4 or IPv6 address (a name that needs no DNS lookup). */
    static boolean isIpLiteral(String text) {
        return text.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (text.contains(":") && text.matches("[0-9a-fA-F:.%]+"));
    }

    @Override
    public String toString() {
        return host + ":" + port + ":" + address.getHostAddress();
    }
}
