package io.newsline.parser.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Searching a page's bytes in windows finds what a search of the whole text finds, across window borders too. */
class ByteTextTest {

    @Test
    void findsEveryOccurrenceAWholeStringSearchFinds() {
        Random random = new Random(20261130L);
        byte[] page = new byte[700_000 + 7]; // three windows and a bit
        String alphabet = "<>/-!scriptSTYLEle ";
        for (int i = 0; i < page.length; i++) {
            page[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        // plant needles across the window borders (every 2^18 bytes)
        for (int border : new int[] {1 << 18, 2 << 18}) {
            System.arraycopy("</script>".getBytes(StandardCharsets.US_ASCII), 0, page, border - 4, 9);
            System.arraycopy("<style".getBytes(StandardCharsets.US_ASCII), 0, page, border + 3, 6);
        }
        for (int offset : new int[] {0, 3}) {
            String whole = new String(page, offset, page.length - offset, StandardCharsets.ISO_8859_1);
            ByteText text = new ByteText(page, offset);
            for (String needle : new String[] {"</script", "<style", "-->", "<!--", "cript", "SCRIPT", "</"}) {
                for (int from = -1; from < whole.length(); from = whole.indexOf(needle, from + 1)) {
                    int next = whole.indexOf(needle, from + 1);
                    assertThat(text.indexOf(needle, from + 1)).as(needle + " from " + (from + 1)).isEqualTo(next);
                    if (next < 0) {
                        break;
                    }
                }
            }
            for (char c : new char[] {'<', '>', '!'}) {
                for (int from = -1; from < whole.length(); from = whole.indexOf(c, from + 1)) {
                    int next = whole.indexOf(c, from + 1);
                    assertThat(text.indexOf(c, from + 1)).as(c + " from " + (from + 1)).isEqualTo(next);
                    if (next < 0) {
                        break;
                    }
                }
            }
            assertThat(text.length()).isEqualTo(whole.length());
            assertThat(text.charAt(whole.length() - 1)).isEqualTo(whole.charAt(whole.length() - 1));
        }
    }
}
