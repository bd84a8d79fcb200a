// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;

/**
 * What a unit's name looks like, read from how offices are named rather than from a list of known units:
 * it ends in an organ word (局, 委, 办, 中心, 政府, 部门, 单位, 街道…) or names a collective (各科室, 相关区直部门).
 * Used to tell a 责任单位 cell from a short task title, and to split 「A及B」 and 「A等相关B」 into two units.
 */
final class UnitNames {

    private static final Pattern ORGAN_END = Pattern.compile(
            ".*(?:办公室|办公厅|办事处|管委会|管理委员会|委员会|政府|部门|单位|中心|机构|主体|专班|分局|支行|分行|集团|公司"
            + "|街道|党委|党组|局|委|办|厅|室|所|院|站|科|股|处|队|会|组|行|署|社|馆|台|镇|乡|村|区|县|市|省|部)$");
    private static final Pattern COLLECTIVE = Pattern.compile("^(?:各|相关|有关|其他|其它|全区|全市|全县|属下|所属).+");
    /** 「区发改委等相关区直部门」: a unit, then the others like it. */
    private static final Pattern ETC = Pattern.compile("(.+?)等((?:相关|有关|其他|其它).+)");

    private UnitNames() {
    }

    /** Whether {@code name} reads as the name of an office or a collective of offices. */
    static boolean looksLikeUnit(String name) {
        String f = withoutTrailingBrackets(TextFolding.nameKey(name));
        if (f.length() < 2 || f.length() > 30) {
            return false;
        }
        return ORGAN_END.matcher(f).matches() || COLLECTIVE.matcher(f).matches() && f.length() >= 3;
    }

    /** Whether a table cell is a list of units (with or without role words), not task text. */
    static boolean isUnitList(String cell) {
        String f = TextFolding.fold(cell).strip();
        if (f.isEmpty() || f.length() > 150 || f.indexOf('。') >= 0 && f.indexOf('。') < f.length() - 1) {
            return false;
        }
        Optional<ResponsibilityNote> note = ResponsibilityNote.parse(cell, UnitRole.RESPONSIBLE);
        if (note.isEmpty()) {
            return false;
        }
        List<String> all = new ArrayList<>(note.get().leadUnits());
        all.addAll(note.get().responsibleUnits());
        return !all.isEmpty() && all.stream().allMatch(UnitNames::looksLikeUnit);
    }

    /**
     * One written name as the units it names: 「其他股室及属下单位」 is two units, 「区发改委等相关区直部门」 too;
     * a name whose parts are not both unit names stays whole (「党政办及时发布」 is not a list).
     */
    static List<String> split(String name) {
        String f = TextFolding.fold(name);
        Matcher etc = ETC.matcher(f);
        if (etc.matches() && looksLikeUnit(etc.group(1)) && looksLikeUnit(etc.group(2))) {
            return List.of(name.substring(0, etc.end(1)).strip(), name.substring(etc.start(2)).strip());
        }
        for (String joiner : List.of("及", "和", "以及")) {
            int at = f.indexOf(joiner);
            if (at > 0 && outsideBrackets(f, at)) {
                String left = name.substring(0, at).strip();
                String right = name.substring(at + joiner.length()).strip();
                if (looksLikeUnit(left) && looksLikeUnit(right)) {
                    List<String> out = new ArrayList<>();
                    out.add(left);
                    out.addAll(split(right));
                    return out;
                }
            }
        }
        return List.of(name);
    }

    private static boolean outsideBrackets(String folded, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = folded.charAt(i);
            if ("（〔【(".indexOf(c) >= 0) {
                depth++;
            } else if ("）〕】)".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth == 0;
    }

    private static String withoutTrailingBrackets(String f) {
        String s = f;
        while (s.endsWith("）") || s.endsWith(")")) {
            int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
            if (open <= 0) {
                break;
            }
            s = s.substring(0, open);
        }
        return s;
    }
}
