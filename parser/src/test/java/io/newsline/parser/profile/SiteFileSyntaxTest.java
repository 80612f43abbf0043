package io.newsline.parser.profile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.parser.Fixtures;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** A site file that is empty or not YAML at all is reported in Newsline's words, with the file, line and column. */
class SiteFileSyntaxTest {
    private final SiteProfileLoader loader = new SiteProfileLoader();

    private SiteProfile load(String file) {
        return loader.load("seeds/" + file, new ByteArrayInputStream(Fixtures.bytes("seeds/" + file)));
    }

    @Test
    void anEmptySiteFileIsReportedAsEmptyNamingTheFile() {
        assertThatThrownBy(() -> load("empty.yaml"))
                .isInstanceOf(SiteProfileException.class)
                .hasMessage("seeds/empty.yaml: the file is empty; expected a site definition (see seeds/newdaily.yaml)");
    }

    @Test
    void aSiteFileOfCommentsOnlyIsReportedAsEmpty() {
        assertThatThrownBy(() -> load("comments-only.yaml"))
                .isInstanceOf(SiteProfileException.class)
                .hasMessageStartingWith("seeds/comments-only.yaml: the file is empty");
    }

    @Test
    void anUnclosedListIsReportedWithLineColumnAndTheFixWithoutTheYamlParsersWording() {
        assertThatThrowny("not-yaml.yaml", "seeds/not-yaml.yaml:2:8: not valid YAML: a list opened with '[' is not closed"
                + " with ']'; separate its items with ',' and end it with ']'");
    }

    @Test
    void aTabIndentIsReportedWithLineColumnAndTheFix() {
        assertThatThrowny("tab-indented.yaml", "seeds/tab-indented.yaml:3:1: not valid YAML: a tab character;"
                + " YAML indents with spaces only");
    }

    @Test
    void aColonInsideAValueIsReportedWithLineColumnAndTheFix() {
        assertThatThrowny("colon-in-value.yaml", "seeds/colon-in-value.yaml:4:12: not valid YAML: ': ' inside a value;"
                + " put the value in quotes, e.g. 'a: b'");
    }

    private void assertThatThrowny(String file, String message) {
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(SiteProfileException.class)
                .hasMessage(message);
    }
}
