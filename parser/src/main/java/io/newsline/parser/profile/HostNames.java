package io.newsline.parser.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code hosts} of a site file: a list of host names such as {@code www.example.com}. A single value
 * ({@code hosts: 5}), an address, a port or a URL is refused at load, naming the line and the entry.
 */
final class HostNames {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private HostNames() {
    }

    /**
     * True for a DNS host name: dot-separated labels of letters, digits and inner hyphens, at most 253 characters,
     * the last label not all digits (that would be an IPv4 address). International names count in their xn-- form.
     */
    static boolean isHostName(String host) {
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !DIGITS.matcher(labels[labels.length - 1]).matches();
    }

    /** Reads {@code hosts}: a YAML list whose entries are all host names. */
    static final class Reader extends StdDeserializer<List<String>> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(List.class);
        }

        @Override
        public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                throw JsonMappingException.from(p, "expected a list of host names such as [www.example.com, example.com], got '"
                        + p.getText() + "'");
            }
            // The whole list is read before its entries are judged, so that broken YAML is reported as such.
            List<String> texts = new ArrayList<>();
            List<Boolean> strings = new ArrayList<>();
            List<JsonLocation> where = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    p.skipChildren();
                }
                texts.add(p.getText());
                strings.add(t == JsonToken.VALUE_STRING);
                where.add(p.currentTokenLocation());
            }
            List<String> hosts = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String host = texts.get(i).strip();
                if (!strings.get(i) || !isHostName(host)) {
                    throw JsonMappingException.wrapWithPath(new JsonMappingException(p,
                            "expected a host name such as 'www.example.com' (no scheme, port or path), got '"
                                    + texts.get(i) + "'", where.get(i)), hosts, i);
                }
                hosts.add(host);
            }
            return hosts;
        }
    }
}
