package io.newsline.parser.meta;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The zone of dates a page prints without an offset, when no site profile says it: guessed from the page's
 * language and its host's country domain, for the languages spoken in one zone. Korean pages print Korean time.
 */
final class Zones {
    private static final Map<String, String> BY_LANGUAGE = Map.of(
            "ko", "Asia/Seoul", "ja", "Asia/Tokyo", "zh-TW", "Asia/Taipei", "zh-HK", "Asia/Hong_Kong", "zh", "Asia/Shanghai",
            "vi", "Asia/Ho_Chi_Minh", "th", "Asia/Bangkok", "id", "Asia/Jakarta");
    private static final Map<String, String> BY_COUNTRY_DOMAIN = Map.of(
            "kr", "Asia/Seoul", "jp", "Asia/Tokyo", "cn", "Asia/Shanghai", "tw", "Asia/Taipei", "hk", "Asia/Hong_Kong",
            "vn", "Asia/Ho_Chi_Minh", "th", "Asia/Bangkok", "id", "Asia/Jakarta");

    private Zones() {
    }

    static Optional<ZoneId> forPage(String language, String host) {
        if (language != null) {
            String zone = BY_LANGUAGE.get(language);
            if (zone == null) {
                int dash = language.indexOf('-');
                zone = BY_LANGUAGE.get(dash > 0 ? language.substring(0, dash) : language);
            }
            if (zone != null) {
                return Optional.of(ZoneId.of(zone));
            }
        }
        if (host != null) {
            String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return Optional.ofNullable(BY_COUNTRY_DOMAIN.get(tld)).map(ZoneId::of);
        }
        return Optional.empty();
    }
}
