package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the charset labels pages declare to the Java charsets browsers actually use for them. Browsers
 * (WHATWG Encoding) decode EUC-KR as windows-949 and ISO-8859-1 as windows-1252; Korean sites rely on that
 * and put CP949-only syllables (똠, 햏, ...) in pages labelled EUC-KR. Likewise every GBK label (gb2312, gbk,
 * x-gbk, chinese, ...) names the gb18030 decoder (WHATWG's "gbk" is gb18030's), so a page labelled gb2312 that holds
 * GBK-only characters (镕) or GB18030's four-byte ones (𠮷) decodes as its author's browser showed it; and every
 * Big5 label names Big5-HKSCS (WHATWG's big5), which holds the ETEN extension Taiwanese text uses (裏, 碁) that
 * Java's plain Big5 lacks.
 */
final class CharsetLabels {
    private static final String CP949 = "x-windows-949";
    private static final String GB18030 = "GB18030";
    private static final String BIG5 = "Big5-HKSCS";
    private static final Map<String, String> BROWSER_NAMES = Map.ofEntries(
            Map.entry("euc-kr", CP949), Map.entry("euckr", CP949), Map.entry("ks_c_5601-1987", CP949),
            Map.entry("ks_c_5601-1989", CP949), Map.entry("ksc5601", CP949), Map.entry("ksc_5601", CP949),
            Map.entry("korean", CP949), Map.entry("cp949", CP949), Map.entry("ms949", CP949),
            Map.entry("windows-949", CP949), Map.entry("uhc", CP949), Map.entry("csksc56011987", CP949),
            Map.entry("iso-ir-149", CP949),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"), Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("gb2312", GB18030), Map.entry("gbk", GB18030), Map.entry("x-gbk", GB18030),
            Map.entry("gb_2312", GB18030), Map.entry("gb_2312-80", GB18030), Map.entry("chinese", GB18030),
            Map.entry("csgb2312", GB18030), Map.entry("csiso58gb231280", GB18030), Map.entry("iso-ir-58", GB18030),
            Map.entry("cp936", GB18030), Map.entry("ms936", GB18030), Map.entry("windows-936", GB18030),
            Map.entry("euc-cn", GB18030),
            Map.entry("big5", BIG5), Map.entry("big5-hkscs", BIG5), Map.entry("cn-big5", BIG5), Map.entry("csbig5", BIG5),
            Map.entry("x-x-big5", BIG5), Map.entry("x-windows-950", BIG5), Map.entry("cp950", BIG5), Map.entry("ms950", BIG5),
            Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"));

    private CharsetLabels() {
    }

    /** The charset a browser would use for {@code label}, or empty when the label names no supported charset. */
    static Optional<Charset> forLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String name = BROWSER_NAMES.getOrDefault(key, key);
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
