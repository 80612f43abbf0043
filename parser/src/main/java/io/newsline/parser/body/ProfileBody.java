package io.newsline.parser.body;

import io.newsline.parser.profile.CssSelector;
import io.newsline.parser.profile.SelectorMatches;
import io.newsline.parser.profile.SiteProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The body as the site profile describes it: the first {@code extract.body} selector whose element holds at least
 * about a sentence of text, cut into blocks by {@link BlockWalker}, photos (profile {@code caption} selectors,
 * figures, image blocks) turned into images. Thread-safe.
 */
public final class ProfileBody {
    /** Less text than this (about one short Korean sentence) is not a body: a redesign left an empty container. */
    public static final int MIN_TEXT = 30;

    /** The elements the profile's body selectors point at, first match per selector, in selector order. */
    public List<Element> candidates(SelectorMatches matches, SiteProfile profile) {
        Objects.requireNonNull(matches, "matches");
        List<Element> found = new ArrayList<>();
        for (CssSelector selector : profile.extract().body()) {
            matches.first(selector).filter(el -> !found.contains(el)).ifPresent(found::add);
        }
        return found;
    }

    /** The first candidate that reads as a body of at least {@link #MIN_TEXT} characters. */
    public Optional<BodyContent> read(List<Element> candidates, SiteProfile profile) {
        for (Element container : candidates) {
            if (container.parent() == null) {
                continue; // detached: removed as chrome after all
            }
            BodyContent body = BlockWalker.read(container, profile.extract().caption());
            if (body.textLength() >= MIN_TEXT) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }
}
