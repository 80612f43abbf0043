package io.newsline.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the host of a URL denotes, read as browsers and {@code inet_aton} read it (the WHATWG URL Standard's host
 * parser): an {@link Ip} address, a {@link Name} to look up, or {@link Invalid}. A host whose last label is a number
 * is an IPv4 address in one of the legacy forms: one to four parts, each decimal, {@code 0x} hexadecimal or
 * {@code 0}-prefixed octal, the last part filling the remaining bytes ({@code 2130706433}, {@code 127.1},
 * {@code 0x7f.1}, {@code 0177.0.0.1} are all 127.0.0.1), a trailing dot allowed; when such a host does not parse it is
 * invalid, never a name. A host with a colon is an IPv6 literal. Nothing here touches the network.
 */
public sealed interface UrlHost {

    /** A literal address: {@code address} is where a connection to this host goes. */
    record Ip(String host, InetAddress address) implements UrlHost {
    }

    /** A name for DNS. */
    record Name(String host) implements UrlHost {
    }

    /** Neither: {@code reason} says what is wrong, for a message. */
    record Invalid(String host, String reason) implements UrlHost {
    }

    /** Reads {@code host} (as in a URL, IPv6 with or without brackets). */
    static UrlHost of(String host) {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) {
            return new Invalid(host, "an empty host");
        }
        if (host.indexOf(':') >= 0) {
            return ipv6(host);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(host.split("\\.", -1)));
        if (parts.get(parts.size() - 1).isEmpty()) {
            if (parts.size() == 1) {
                return new Name(host);
            }
            parts.remove(parts.size() - 1);
        }
        String last = parts.get(parts.size() - 1);
        boolean endsInNumber = (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9'))
                || number(last).isPresent();
        return endsInNumber ? ipv4(host, parts) : new Name(host);
    }

    private static UrlHost ipv4(String host, List<String> parts) {
        if (parts.size() > 4) {
            return new Invalid(host, "a numeric host with more than four parts");
        }
        long[] numbers = new long[parts.size()];
        for (int i = 0; i < numbers.length; i++) {
            OptionalLong n = number(parts.get(i));
            if (n.isEmpty()) {
                return new Invalid(host, "'" + parts.get(i) + "' is not a decimal, 0x hex or 0-prefixed octal number");
            }
            numbers[i] = n.getAsLong();
            if (i < numbers.length - 1 && numbers[i] > 255) {
                return new Invalid(host, "part '" + parts.get(i) + "' of a numeric host is above 255");
            }
        }
        int lastBytes = 5 - numbers.length;
        long value = numbers[numbers.length - 1];
        if (value >= 1L << (8 * lastBytes)) {
            return new Invalid(host, "the last part of a numeric host does not fit in " + lastBytes + " bytes");
        }
        for (int i = 0; i < numbers.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return new Ip(host, InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    /**
     * One part of a numeric host: decimal, {@code 0x}/{@code 0X} hexadecimal (digits may be absent: {@code 0x} is
     * 0) or octal after a leading {@code 0}; empty when it is none of these. A value above 2^32 - 1 is still a
     * number (the host is then invalid, not a name) and reads as 2^32, too large for any part.
     */
    private static OptionalLong number(String part) {
        if (part.isEmpty()) {
            return OptionalLong.empty();
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = asciiDigit(digits.charAt(i), radix);
            if (d < 0) {
                return OptionalLong.empty();
            }
            value = Math.min(value * radix + d, 1L << 32); // saturates: no overflow however long the part
        }
        return OptionalLong.of(value);
    }

    private static UrlHost ipv6(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.isEmpty() || !bare.chars().allMatch(c -> c == ':' || c == '.' || asciiDigit((char) c, 16) >= 0)) {
            return new Invalid(host, "not an IPv6 address");
        }
        try {
            // In brackets the JDK parses an IPv6 literal or fails; it never falls back to a lookup.
            return new Ip(host, InetAddress.getByName("[" + bare + "]"));
        } catch (UnknownHostException e) {
            return new Invalid(host, "not an IPv6 address");
        }
    }

    /** The value of {@code c} as an ASCII digit of {@code radix}, or -1 (the JDK also accepts other scripts' digits). */
    private static int asciiDigit(char c, int radix) {
        return c < 0x80 ? Character.digit(c, radix) : -1;
    }
}
