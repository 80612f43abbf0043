package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pre-Unicode charsets sites of a language still serve, for when the detector cannot tell (it gives up on
 * EUC-KR pages that use CP949-only syllables such as 똠 or 햏).
 */
final class LegacyCharsets {
    private LegacyCharsets() {
    }

    static List<Charset> forLanguage(String language) {
        List<Charset> out = new ArrayList<>(2);
        if (language == null || language.length() < 2) {
            return out;
        }
        String[] names = switch (language.substring(0, 2).toLowerCase(Locale.ROOT)) {
            case "ko" -> new String[] {"euc-kr"};
            case "ja" -> new String[] {"shift_jis", "euc-jp"};
            case "zh" -> new String[] {"gb18030", "big5"};
            case "ru", "uk", "bg" -> new String[] {"windows-1251"};
            default -> new String[] {"windows-1252"};
        };
        for (String name : names) {
            CharsetLabels.forLabel(name).ifPresent(out::add);
        }
        return out;
    }
}
