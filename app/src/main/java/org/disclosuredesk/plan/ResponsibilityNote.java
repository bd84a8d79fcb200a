// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;

/**
 * What a responsibility note says: units that lead (牵头) and units that carry out (责任/配合/负责落实),
 * each kept exactly as written, plus any 完成时限 written inside the note. Reads every form plans use:
 * {@code 牵头处室：综合处，责任处室：各处}, {@code 责任单位：A、B，C}, {@code 责任处室：秘书处牵头，各处室配合},
 * {@code 党政办公室牵头落实}, {@code 局政策法规处、办公室分别负责落实，各单位部门配合},
 * {@code 局办公室牵头落实、信息中心承担局网站政务公开具体工作}.
 */
public record ResponsibilityNote(List<String> leadUnits, List<String> responsibleUnits, List<String> deadlinePhrases) {

    private enum LabelKind { LEAD, RESPONSIBLE, DEADLINE, PERSON }

    /** 牵头单位： 责任处室： 配合股室： 责任领导：… — a role word, a few characters naming what, a colon. */
    private static final Pattern LABEL = Pattern.compile(
            "((?:牵头|主办|责任|配合|协办|协助|参与|落实|承办|实施)[\\u4e00-\\u9fa5]{1,4}?"
            + "|完成时限|完成时间|完成期限|时限要求|时间要求|时间节点|时限|联系人)\\s*：\\s*");
    /** A role word ending a run of units: 牵头 makes them leads, the rest make them responsible. */
    private static final Pattern ROLE = Pattern.compile(
            "(?:分别|共同|具体|按职责分工|按职责|各自)?(牵头负责落实|牵头负责|牵头落实|牵头抓总|牵头|主办|负责落实|负责实施|负责|具体落实|抓好落实|组织落实|落实"
            + "|配合落实|配合|协助|协办|参与|承担[^，；、。]*)(?=$|[，；、。\\s])");
    /** 「宣传处会办公室」「市财政局会同市审计局」: the office before 会/会同 leads (主办), the ones after work with it. */
    private static final Pattern JOINT = Pattern.compile("(?:^|(?<=[、，；]))\\s*([^、，；]+?(?:[处科室局厅股办所站队院署]|中心))(?:会同|会)(?=[^、，；])");
    /** Where one unit name ends: 、 ， ； (both widths fold to these). */
    private static final String SEPARATORS = "、，；";

    public ResponsibilityNote {
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
        deadlinePhrases = List.copyOf(deadlinePhrases);
    }

    public boolean isEmpty() {
        return leadUnits.isEmpty() && responsibleUnits.isEmpty() && deadlinePhrases.isEmpty();
    }

    /** Whether a text starts with a note label such as 责任单位： (a note written on its own line). */
    static boolean startsWithLabel(String folded) {
        Matcher m = LABEL.matcher(folded.stripLeading());
        return m.lookingAt();
    }

    /** The offset of a note label in a line, when it follows a sentence end (…工作。责任单位：…), or -1. */
    static int labelAfterSentence(String folded) {
        Matcher m = LABEL.matcher(folded);
        while (m.find()) {
            if (insideBrackets(folded, m.start())) {
                continue;
            }
            int before = m.start() - 1;
            while (before >= 0 && folded.charAt(before) == ' ') {
                before--;
            }
            if (before < 0 || "。；".indexOf(folded.charAt(before)) >= 0) {
                return m.start();
            }
        }
        return -1;
    }

    private static boolean insideBrackets(String folded, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = folded.charAt(i);
            if (c == '（' || c == '【') {
                depth++;
            } else if ((c == '）' || c == '】') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * Reads the content of a bracket (or a labelled line) as a note. Empty when the text is not a note,
     * e.g. {@code （互联网协议第6版）} or {@code （黔府办发〔2016〕12号）}.
     */
    public static Optional<ResponsibilityNote> parse(String original) {
        return parse(original, null);
    }

    /**
     * Reads a table cell or a bracket: {@code defaultRole} is the role of units written without a role
     * word (the column's role for a table cell, none for a bracket in running text).
     */
    static Optional<ResponsibilityNote> parse(String original, UnitRole defaultRole) {
        String folded = TextFolding.fold(original);
        Builder out = new Builder();
        Matcher label = LABEL.matcher(folded);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            labels.add(new int[] {label.start(), label.end()});
        }
        boolean labelled = !labels.isEmpty();
        int firstLabel = labelled ? labels.get(0)[0] : folded.length();
        String lead = folded.substring(0, firstLabel).strip();
        if (!lead.isEmpty() && !runs(original.substring(0, firstLabel), defaultRole, out)) {
            return Optional.empty();
        }
        for (int i = 0; i < labels.size(); i++) {
            int valueStart = labels.get(i)[1];
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : folded.length();
            String name = folded.substring(labels.get(i)[0], valueStart).replace("：", "").strip();
            String value = original.substring(valueStart, valueEnd);
            switch (kindOf(name)) {
                case DEADLINE -> {
                    String phrase = trimSeparators(value);
                    if (!phrase.isEmpty()) {
                        out.deadlines.add(phrase);
                    }
                }
                case PERSON -> {
                    // 责任领导/责任人 name people, not units: not tracked as units.
                }
                case LEAD -> runs(value, UnitRole.LEAD, out);
                case RESPONSIBLE -> runs(value, UnitRole.RESPONSIBLE, out);
            }
        }
        ResponsibilityNote note = out.build();
        return note.isEmpty() ? Optional.empty() : Optional.of(note);
    }

    private static LabelKind kindOf(String label) {
        if (label.contains("领导") || label.startsWith("责任人") || label.startsWith("联系人")) {
            return LabelKind.PERSON;
        }
        if (label.contains("时限") || label.contains("时间") || label.contains("期限")) {
            return LabelKind.DEADLINE;
        }
        if (label.startsWith("牵头") || label.startsWith("主办")) {
            return LabelKind.LEAD;
        }
        return LabelKind.RESPONSIBLE;
    }

    /**
     * Splits a value into runs of units each ended by a role word; units after the last role word take
     * {@code defaultRole}. False when the text has units without any role to give them (not a note).
     */
    private static boolean runs(String original, UnitRole defaultRole, Builder out) {
        String folded = TextFolding.fold(original);
        Matcher role = ROLE.matcher(folded);
        int from = 0;
        boolean any = false;
        while (role.find()) {
            UnitRole r = role.group(1).startsWith("牵头") || role.group(1).equals("主办") ? UnitRole.LEAD : UnitRole.RESPONSIBLE;
            String run = original.substring(from, role.start());
            List<String> units = units(afterJointLead(run, out));
            if (units == null) {
                return false;
            }
            if (units.isEmpty()) {
                // A role word with no unit before it ("牵头负责") belongs to no one: not a note.
                if (defaultRole == null) {
                    return false;
                }
            }
            out.add(r, units);
            any = true;
            from = role.end();
        }
        String last = original.substring(from);
        List<String> rest = units(afterJointLead(last, out));
        if (rest == null) {
            return false;
        }
        if (!rest.isEmpty()) {
            if (defaultRole == null) {
                return false;
            }
            out.add(defaultRole, rest);
            any = true;
        }
        return any;
    }

    /**
     * A run naming 「A会B」 or 「A会同B」 among its units, where A and every unit of the run read as offices:
     * adds A as the lead and returns the run without 「A会」, to be read in the run's own role; any other run
     * is returned as it is. (The folded text has the original's length, so offsets carry over.)
     */
    private static String afterJointLead(String run, Builder out) {
        Matcher m = JOINT.matcher(TextFolding.fold(run));
        if (!m.find() || !UnitNames.looksLikeUnit(m.group(1).strip())) {
            return run;
        }
        String others = run.substring(0, m.start()) + run.substring(m.end());
        List<String> names = units(others);
        if (names == null || names.isEmpty() || !names.stream().allMatch(UnitNames::looksLikeUnit)) {
            return run;
        }
        out.add(UnitRole.LEAD, List.of(run.substring(m.start(1), m.end(1)).strip()));
        return others;
    }

    /** Unit names in a run, split on 、，；, not inside brackets such as 各县〔市、区〕政府; null if a "name" is prose. */
    static List<String> units(String original) {
        String folded = TextFolding.fold(original);
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : '、';
            if ("〔（【《[".indexOf(c) >= 0) {
                depth++;
            } else if ("〕）】》]".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (SEPARATORS.indexOf(c) >= 0 || c == '。')) {
                String name = cleanName(original.substring(start, i));
                if (!name.isEmpty()) {
                    if (!plausibleUnit(name)) {
                        return null;
                    }
                    names.addAll(UnitNames.split(name));
                }
                start = i + 1;
            }
        }
        return names;
    }

    private static String cleanName(String raw) {
        String name = raw.strip();
        String folded = TextFolding.fold(name);
        for (String prefix : List.of("分别由", "由", "请")) {
            if (folded.startsWith(prefix) && name.length() > prefix.length() + 1) {
                name = name.substring(prefix.length()).strip();
                folded = TextFolding.fold(name);
            }
        }
        if (folded.endsWith("等") && name.length() > 2) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
    }

    private static boolean plausibleUnit(String name) {
        String f = TextFolding.fold(name);
        if (f.length() > 40) {
            return false;
        }
        for (String start : List.of("要", "应当", "须", "将", "对", "在")) {
            if (f.startsWith(start)) {
                return false;
            }
        }
        for (String prose : List.of("确保", "进一步", "的", "是否", "按照", "根据", "要求", "做好", "加强")) {
            if (f.contains(prose)) {
                return false;
            }
        }
        return true;
    }

    private static String trimSeparators(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "，；。、,;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static final class Builder {
        private final LinkedHashSet<String> lead = new LinkedHashSet<>();
        private final LinkedHashSet<String> responsible = new LinkedHashSet<>();
        private final List<String> deadlines = new ArrayList<>();

        void add(UnitRole role, List<String> units) {
            (role == UnitRole.LEAD ? lead : responsible).addAll(units);
        }

        ResponsibilityNote build() {
            return new ResponsibilityNote(new ArrayList<>(lead), new ArrayList<>(responsible), deadlines);
        }
    }
}
