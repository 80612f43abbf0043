package io.newsline.parser.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** However the parser sizes its reads, the reader gives the whole text once and always ends. */
@Timeout(30)
class DroppingReaderTest {

    /** A reader of all of {@code bytes}: one run. */
    private static DroppingReader whole(byte[] bytes, Charset charset) {
        return new DroppingReader(bytes, new int[] {0, bytes.length}, charset);
    }

    private static String readAll(DroppingReader reader, Random sizes, int maxRead) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[maxRead + 3];
        int reads = 0;
        while (true) {
            int offset = sizes.nextInt(3);
            int n = reader.read(buffer, offset, 1 + sizes.nextInt(maxRead));
            if (n < 0) {
                return out.toString();
            }
            out.append(buffer, offset, n);
            assertThat(++reads).as("the reader must end").isLessThan(10_000_000);
        }
    }

    @ParameterizedTest(name = "reads of at most {0} chars")
    @ValueSource(ints = {1, 2, 3, 7, 4096})
    void splitsSurrogatePairsAcrossTinyReads(int maxRead) throws IOException {
        String text = "<p>이모지 😀 와 확장 한자 𠀀𠀁 사이의 글자</p>".repeat(50);

        String read = readAll(whole(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), new Random(1), maxRead);

        assertThat(read).isEqualTo(text);
    }

    @ParameterizedTest(name = "reads of at most {0} chars")
    @ValueSource(ints = {1, 5, 4096})
    void readsRandomBytesToTheEndDroppingWhatIsNotUtf8(int maxRead) throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(20261130L).nextBytes(noise);
        DroppingReader reader = whole(noise, StandardCharsets.UTF_8);

        String read = readAll(reader, new Random(2), maxRead);

        ByteDecoding.Result whole = ByteDecoding.decode(noise, 0, StandardCharsets.UTF_8);
        assertThat(read.replace("\uFFFD", "")).isEqualTo(whole.text());
        assertThat(reader.dropped()).isEqualTo(whole.replaced());
    }

    @Test
    void readsALegacyCharsetInTinyReads() throws IOException {
        Charset cp949 = Charset.forName("x-windows-949");
        String text = "똠얌꿍과 햏을 파는 편의점 기사입니다.".repeat(20);

        String read = readAll(whole(text.getBytes(cp949), cp949), new Random(3), 1);

        assertThat(read).isEqualTo(text);
    }

    @ParameterizedTest(name = "reads of at most {0} chars")
    @ValueSource(ints = {1, 2, 3, 7, 4096})
    void readsOnlyTheGivenRunsAsOneText(int maxRead) throws IOException {
        String kept1 = "<p>이모지 😀 앞</p><script>";
        String skipped = "var x = '😀 < 건너뜀';";
        String kept2 = "</script><p>𠀀 뒤</p>";
        byte[] bytes = (kept1 + skipped + kept2).getBytes(StandardCharsets.UTF_8);
        int cut1 = kept1.getBytes(StandardCharsets.UTF_8).length;
        int cut2 = cut1 + skipped.getBytes(StandardCharsets.UTF_8).length;

        DroppingReader reader = new DroppingReader(bytes, new int[] {0, cut1, cut2, bytes.length}, StandardCharsets.UTF_8);

        assertThat(readAll(reader, new Random(3), maxRead)).isEqualTo(kept1 + kept2);
        assertThat(reader.dropped()).isZero();
    }
}
