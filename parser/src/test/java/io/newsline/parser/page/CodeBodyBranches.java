package io.newsline.parser.page;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * For benchmarks only: which kinds of body {@link CodeBodies} leaves out, so a benchmark can measure what each one
 * saves in the same process, paired with the product's choice ({@link #all()}). Changes every parser in the JVM:
 * never use it in a test that runs beside others.
 */
public final class CodeBodyBranches {
    private CodeBodyBranches() {
    }

    /** The names of the kinds of body the product leaves out, in lower case ({@code script}, ...). */
    public static Set<String> all() {
        Set<String> names = new java.util.TreeSet<>();
        for (CodeBodies.Branch branch : CodeBodies.Branch.values()) {
            names.add(branch.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** Leaves out only the bodies named (a subset of {@link #all()}); the others are parsed as they are. */
    public static void cutOnly(Set<String> names) {
        EnumSet<CodeBodies.Branch> branches = EnumSet.noneOf(CodeBodies.Branch.class);
        for (String name : names) {
            if (!all().contains(name)) {
                throw new IllegalArgumentException("no branch '" + name + "' in CodeBodies; the branches are " + all());
            }
            branches.add(CodeBodies.Branch.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        CodeBodies.measured = branches;
    }
}
