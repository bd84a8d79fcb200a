// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The requirement ids of docs/requirements are traced both ways: code that implements a rule says
 * {@code [impl->req~…~1]}, a test that checks it says {@code [utest->req~…~1]}. The build fails on a
 * rule marked implemented that no test claims, and on a marker naming an id the documents lack.
 */
class RequirementMarkersTest {

    private static final Pattern DEFINED = Pattern.compile("`(req~[A-Za-z0-9._-]+~\\d+)`");
    private static final Pattern IMPL = Pattern.compile("\\[impl->(req~[A-Za-z0-9._-]+~\\d+)]");
    private static final Pattern UTEST = Pattern.compile("\\[utest->(req~[A-Za-z0-9._-]+~\\d+)]");

    @Test
    void every_implemented_requirement_has_a_test_marker() {
        Set<String> untested = minus(ids(Path.of("src/main"), IMPL), ids(Path.of("src/test"), UTEST));
        assertEquals(Set.of(), untested, "[impl->] without a [utest->]: add the marker to the test that checks the rule");
    }

    @Test
    void every_marker_names_a_requirement_of_the_documents() {
        Set<String> defined = ids(Path.of("../docs/requirements"), DEFINED);
        assertTrue(defined.size() > 20, "docs/requirements not found from " + Path.of("").toAbsolutePath());
        Set<String> unknown = minus(ids(Path.of("src/main"), IMPL), defined);
        unknown.addAll(minus(ids(Path.of("src/test"), UTEST), defined));
        assertEquals(Set.of(), unknown, "markers naming no requirement in docs/requirements (a typo, or a requirement renamed)");
    }

    @Test
    void the_markers_are_found_as_the_documents_write_them() {
        Set<String> found = new TreeSet<>();
        // Built from pieces, so this file's own text holds no marker for the scans above.
        String impl = "[impl" + "->";
        String utest = "[utest" + "->";
        collect("// " + impl + "req~sample.one~1] and " + impl + "req~sample.two~2]", IMPL, found);
        assertEquals(Set.of("req~sample.one~1", "req~sample.two~2"), found);
        Set<String> tested = new TreeSet<>();
        collect("// " + utest + "req~sample.one~1]", UTEST, tested);
        assertEquals(Set.of("req~sample.two~2"), minus(found, tested));
    }

    private static Set<String> ids(Path root, Pattern pattern) {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".md"))
                    .forEach(f -> {
                        try {
                            collect(Files.readString(f), pattern, ids);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static void collect(String text, Pattern pattern, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
