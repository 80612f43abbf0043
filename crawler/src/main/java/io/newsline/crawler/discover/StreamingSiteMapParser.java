package io.newsline.crawler.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.function.Function;
import org.xml.sax.InputSource;

/**
 * crawler-commons' {@link SiteMapParser} over a stream: its public methods take the whole file as bytes, but its
 * XML (SAX) and text readers work on streams, so a gzip'd sitemap is parsed as it is decompressed and its
 * decompressed bytes are never held at once. Lenient (URLs on other hosts are kept, a truncated file yields what
 * was read), DOCTYPEs refused, the Google News extension on.
 */
final class StreamingSiteMapParser extends SiteMapParser {
    private static final int PEEK = 4096;

    StreamingSiteMapParser(Function<String, String> urlFilter) {
        super(false, true);
        setAllowDocTypeDefinitions(false);
        enableExtension(Extension.NEWS);
        setURLFilter(urlFilter);
    }

    /** The format a sitemap's first bytes show. */
    enum Format { XML, TEXT }

    /**
     * Parses the sitemap {@code in} of {@code format} (see {@link #sniff}); {@code in} is positioned after any byte
     * order mark and leading white space.
     */
    AbstractSiteMap parse(URL url, InputStream in, Format format) throws UnknownFormatException, IOException {
        if (format == Format.TEXT) {
            return processText(url, in);
        }
        return processXml(url, new InputSource(in));
    }

    /**
     * Skips a UTF-8 byte order mark and white space at the start of {@code in} and tells XML (the next byte is
     * {@code <}) from a text sitemap (anything else).
     */
    static Format sniff(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        in.skipNBytes(i);
        return i < head.length && head[i] == '<' ? Format.XML : Format.TEXT;
    }
}
