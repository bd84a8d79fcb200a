// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;
import org.disclosuredesk.shared.text.ChineseNumeral;

/**
 * Finds measurable targets: a comparison (不少于, 不低于, 至少, 达到…) with a number and a measure, and
 * the words that say per what period or of what: {@code 每周更新不少于2次}, {@code 全年不少于10条},
 * {@code 回复率不低于80%}, {@code 每年至少要听取一次}, {@code 不少于1次}.
 */
final class TargetFinder {

    private static final String CJK = "[\\u4e00-\\u9fa5]";
    private static final String PERIOD = "每周|每星期|每月|每季度|每半年|每年度?|全年|年内|每天|每日";
    private static final String MEASURE = "%|个工作日|人次|次|条|篇|场|期|个|家|项|人|份|件|天|日|小时|批|轮|遍|万元|元|分";
    private static final Pattern TARGET = Pattern.compile(
            "(?:(" + PERIOD + ")" + CJK + "{0,4}?|" + CJK + "{1,4}?(?:率|量|数|比例))?"
            + "(?:(不少于|不低于|不超过|不高于|不多于|达到|高于|超过)|(至少)" + CJK + "{0,4}?)"
            + "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)\\s*(" + MEASURE + ")");

    private TargetFinder() {
    }

    static List<Target> find(String text) {
        String folded = TextFolding.fold(text);
        if (!folded.contains("不") && !folded.contains("至少") && !folded.contains("达到") && !folded.contains("于")) {
            return List.of();
        }
        Matcher m = TARGET.matcher(folded);
        List<Target> out = new ArrayList<>();
        while (m.find()) {
            String number = m.group(4);
            BigDecimal quantity = Character.isDigit(number.charAt(0)) ? new BigDecimal(number)
                    : BigDecimal.valueOf(ChineseNumeral.parse(number));
            out.add(new Target(text.substring(m.start(), m.end()), quantity, m.group(5), period(m.group(1))));
        }
        return out;
    }

    private static Recurrence period(String word) {
        if (word == null) {
            return null;
        }
        if (word.startsWith("每周") || word.startsWith("每星期")) {
            return Recurrence.WEEKLY;
        }
        if (word.startsWith("每月")) {
            return Recurrence.MONTHLY;
        }
        if (word.startsWith("每季度")) {
            return Recurrence.QUARTERLY;
        }
        if (word.startsWith("每半年")) {
            return Recurrence.HALF_YEARLY;
        }
        if (word.startsWith("每天") || word.startsWith("每日")) {
            return null;
        }
        return Recurrence.YEARLY;
    }
}
