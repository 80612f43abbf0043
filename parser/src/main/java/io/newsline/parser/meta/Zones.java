package io.newsline.parser.meta;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The zone of dates a page prints without an offset, when no site profile says it: guessed from the page's
 * language and its host's country domain, for the languages spoken in one zone. Korean pages print Korean time.
 * Chinese is spoken in several zones: a region in the language ({@code zh-TW}, {@code zh-Hant-HK}) decides, else
 * the host's country domain ({@code .tw}, {@code .hk}), else China time.
 */
public final class Zones {
    private static final Map<String, String> BY_LANGUAGE = Map.of(
            "ko", "Asia/Seoul", "ja", "Asia/Tokyo", "zh", "Asia/Shanghai",
            "vi", "Asia/Ho_Chi_Minh", "th", "Asia/Bangkok", "id", "Asia/Jakarta");
    private static final Map<String, String> BY_COUNTRY = Map.of(
            "kr", "Asia/Seoul", "jp", "Asia/Tokyo", "cn", "Asia/Shanghai", "tw", "Asia/Taipei", "hk", "Asia/Hong_Kong",
            "mo", "Asia/Macau", "sg", "Asia/Singapore", "vn", "Asia/Ho_Chi_Minh", "th", "Asia/Bangkok", "id", "Asia/Jakarta");
    /** Countries whose Chinese pages print their own time rather than China's. */
    private static final Set<String> CHINESE_ELSEWHERE = Set.of("tw", "hk", "mo", "sg");

    private Zones() {
    }

    /** The zone of a page in {@code language} (BCP 47, may be null) on {@code host} (may be null), when they tell one. */
    public static Optional<ZoneId> forPage(String language, String host) {
        String country = host == null ? null : host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (language != null && !language.isBlank()) {
            String[] parts = language.toLowerCase(Locale.ROOT).split("[-_]");
            if (parts[0].equals("zh")) {
                return Optional.of(ZoneId.of(chinese(parts, country)));
            }
            String zone = BY_LANGUAGE.get(parts[0]);
            if (zone != null) {
                return Optional.of(ZoneId.of(zone));
            }
        }
        return Optional.ofNullable(country == null ? null : BY_COUNTRY.get(country)).map(ZoneId::of);
    }

    private static String chinese(String[] languageParts, String country) {
        for (int i = 1; i < languageParts.length; i++) {
            if (languageParts[i].length() == 2 && BY_COUNTRY.containsKey(languageParts[i])) {
                return BY_COUNTRY.get(languageParts[i]);
            }
        }
        return country != null && CHINESE_ELSEWHERE.contains(country) ? BY_COUNTRY.get(country) : "Asia/Shanghai";
    }
}
