package io.newsline.parser.profile;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in a site file, said in Newsline's words: where ({@code line:column}, 1-based) and what to
 * change. The YAML parser's own wording ({@code while parsing a flow sequence in 'reader'}) describes its state, not
 * the file; the common mistakes get a sentence each, anything else its bare problem.
 */
final class YamlSyntax {

    private YamlSyntax() {
    }

    /** The syntax error among {@code e} and its causes, described for {@code source}; empty when there is none. */
    static Optional<String> describe(String source, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException yaml) {
                return Optional.of(describe(source, yaml));
            }
        }
        return Optional.empty();
    }

    private static String describe(String source, MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark at = e.getProblemMark();
        String what;
        if (context.contains("flow sequence")) {
            at = contextOr(e, at);
            what = "a list opened with '[' is not closed with ']'; separate its items with ',' and end it with ']'";
        } else if (context.contains("flow mapping")) {
            at = contextOr(e, at);
            what = "a map opened with '{' is not closed with '}'; separate its entries with ',' and end it with '}'";
        } else if (context.contains("quoted scalar")) {
            at = contextOr(e, at);
            what = "a quoted value is not closed; end it with the quote it starts with";
        } else if (problem.contains("(TAB)") || problem.contains("\\t")) {
            what = "a tab character; YAML indents with spaces only";
        } else if (problem.startsWith("mapping values are not allowed")) {
            what = "': ' inside a value; put the value in quotes, e.g. 'a: b'";
        } else if (problem.contains("could not find expected ':'")) {
            what = "a line that is not 'field: value'; write each field as its name, ': ' and the value";
        } else if (problem.contains("expected <block end>") || problem.contains("did not find expected key")) {
            what = "the indentation does not line up; the fields of one block start in the same column";
        } else {
            what = problem.isBlank() ? "not readable as YAML" : problem.strip();
        }
        String where = at == null ? "" : ":" + (at.getLine() + 1) + ":" + (at.getColumn() + 1);
        return source + where + ": not valid YAML: " + what;
    }

    /** Where the unclosed thing was opened, which is where the fix goes. */
    private static Mark contextOr(MarkedYAMLException e, Mark fallback) {
        return e.getContextMark() != null ? e.getContextMark() : fallback;
    }
}
