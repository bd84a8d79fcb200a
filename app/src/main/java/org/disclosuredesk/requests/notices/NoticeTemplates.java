// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default text of every notice type (from {@code default-templates.txt}) and the check an edited
 * text must pass: every {…} names a {@link Placeholder}, and nothing is left unbalanced.
 */
// [impl->req~notices.templates~1]
public final class NoticeTemplates {

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final Map<String, String> DEFAULTS = load();

    private NoticeTemplates() {
    }

    public static String defaultText(NoticeType type) {
        String text = DEFAULTS.get(type.code());
        if (text == null) {
            throw new IllegalStateException("No default template for " + type.code());
        }
        return text;
    }

    /** The placeholders a text names that do not exist, e.g. {申请人名字}; empty when it can be saved. */
    public static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (Placeholder.fromChineseName(m.group(1).trim()).isEmpty()) {
                unknown.add(m.group(0));
            }
        }
        String rest = TOKEN.matcher(text).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            unknown.add(rest.contains("{") ? "{" : "}");
        }
        return unknown;
    }

    /** The text's paragraphs filled in; a paragraph that only held placeholders printing nothing is left out. */
    static List<String> fill(String text, NoticeFacts facts) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = TOKEN.matcher(line);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = Placeholder.fromChineseName(m.group(1).trim()).map(p -> p.valueFor(facts)).orElse(m.group(0));
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            String filled = out.toString().strip();
            if (!filled.isEmpty()) {
                paragraphs.add(filled);
            }
        }
        return paragraphs;
    }

    private static Map<String, String> load() {
        try (InputStream in = NoticeTemplates.class.getResourceAsStream("default-templates.txt")) {
            if (in == null) {
                throw new IllegalStateException("default-templates.txt is missing from the app");
            }
            Map<String, String> map = new LinkedHashMap<>();
            String code = null;
            StringBuilder body = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.startsWith("## ")) {
                    if (code != null) {
                        map.put(code, body.toString().strip());
                    }
                    code = line.substring(3).trim();
                    body.setLength(0);
                } else if (code != null) {
                    body.append(line).append('\n');
                }
            }
            if (code != null) {
                map.put(code, body.toString().strip());
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
