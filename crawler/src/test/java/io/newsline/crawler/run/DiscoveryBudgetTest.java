package io.newsline.crawler.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.Discovery;
import io.newsline.parser.profile.SiteProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryBudgetTest {
    private final DiscoveryBudget budget = new DiscoveryBudget();

    private static SiteProfile site(String name, Discovery discovery) {
        return new SiteProfile(name, 1, null, List.of("www." + name + ".test"), null, null, null, null, null, null, null, discovery);
    }

    @Test
    void admitsSitemapsUpToTheDepthCap() {
        SiteProfile news = site("news", new Discovery(2, 100));

        assertThat(budget.admitSitemap(news, 0)).isTrue();
        assertThat(budget.admitSitemap(news, 2)).isTrue();
        assertThat(budget.admitSitemap(news, 3)).isFalse();
        assertThat(budget.cut("news", DiscoveryBudget.Cut.TOO_DEEP)).isEqualTo(1);
    }

    @Test
    void admitsAtMostTheRunCapPerSite() {
        SiteProfile news = site("news", new Discovery(3, 2));
        SiteProfile other = site("other", new Discovery(3, 2));

        assertThat(budget.admitSitemap(news, 0)).isTrue();
        assertThat(budget.admitSitemap(news, 1)).isTrue();
        assertThat(budget.admitSitemap(news, 1)).isFalse();
        assertThat(budget.admitSitemap(news, 0)).isFalse();
        assertThat(budget.admitSitemap(other, 0)).isTrue();
        assertThat(budget.cut("news", DiscoveryBudget.Cut.OVER_RUN_LIMIT)).isEqualTo(2);
    }

    @Test
    void reportsEachCutWithTheSiteTheCountTheCapAndTheSettingToRaise() {
        SiteProfile news = site("news", new Discovery(1, 2));
        budget.admitSitemap(news, 0);
        budget.admitSitemap(news, 2);
        budget.admitSitemap(news, 1);
        budget.admitSitemap(news, 1);
        budget.admitSitemap(news, 1);

        assertThat(budget.report()).containsExactly(
                "site 'news': skipped 1 sitemap(s) more than 1 index levels below a start sitemap; raise discovery.maxSitemapDepth in its site file to read them",
                "site 'news': skipped 2 sitemap(s) beyond 2 per run; raise discovery.maxSitemapsPerRun in its site file to read them");
    }

    @Test
    void admitsAtMostTheLinkCapPerSiteAndReportsWhatItLeft() {
        SiteProfile news = site("news", new Discovery(3, 100, 1));

        assertThat(budget.admitLinked(news)).isTrue();
        assertThat(budget.admitLinked(news)).isFalse();
        assertThat(budget.admitSitemap(news, 0)).as("links and sitemaps count apart").isTrue();
        assertThat(budget.report()).containsExactly(
                "site 'news': left 1 linked article URL(s) beyond 1 per run; raise discovery.maxLinkedPerRun in its site file to follow them");
    }

    @Test
    void reportsNothingWhenNothingWasCut() {
        budget.admitSitemap(site("news", Discovery.DEFAULT), 0);

        assertThat(budget.report()).isEmpty();
    }
}
