// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The written notices of a request, one per event. Each kind has its own numbering series per year; the
 * default prefix carries one mark per series (回, 补, 延, 迟, 征, 费, 答) so two series never print the same
 * number. {@code cliName} is what {@code requests notice --kind} accepts.
 */
public enum NoticeKind {
    /** 条例第三十一条: the date of receipt starts the clock; the applicant gets it in writing. */
    RECEIPT("receipt", "政府信息公开申请登记回执", "政公开回"),
    /** 条例第三十条: what to correct, once and in full, and by when. */
    CORRECTION("correction", "政府信息公开申请补正告知书", "政公开补"),
    /** 条例第三十三条第二款: up to 20 more working days, approved by the head of the office. */
    EXTENSION("extension", "政府信息公开申请延期答复告知书", "政公开延"),
    /** 条例第三十五条: a reasonable later deadline for many or frequent applications. */
    LONGER_PERIOD("longer-period", "政府信息公开申请延迟答复告知书", "政公开迟"),
    /** 条例第三十二条: the third party answers within 15 working days. */
    CONSULTATION("consultation", "政府信息公开征求第三方意见书", "政公开征"),
    /** 条例第四十二条, 国办函〔2020〕109号. */
    FEE("fee", "政府信息公开信息处理费收费通知书", "政公开费"),
    /** The answer, one text per result row of table 三. */
    REPLY("reply", "政府信息公开申请答复告知书", "政公开答");

    private final String cliName;
    private final String title;
    private final String defaultPrefix;

    NoticeKind(String cliName, String title, String defaultPrefix) {
        this.cliName = cliName;
        this.title = title;
        this.defaultPrefix = defaultPrefix;
    }

    public String cliName() {
        return cliName;
    }

    /** The document's title as printed. */
    public String title() {
        return title;
    }

    /** The numbering series: one per kind (all reply rows share the 答复 series). */
    public String series() {
        return name();
    }

    public String defaultPrefix() {
        return defaultPrefix;
    }

    /** The short name a list shows: 补正告知书, 答复告知书 … */
    public String shortLabel() {
        return title.replace("政府信息公开申请", "").replace("政府信息公开信息处理费", "").replace("政府信息公开", "");
    }

    public static Optional<NoticeKind> fromCliName(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(t) || k.name().equalsIgnoreCase(t)).findFirst();
    }
}
