// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.Objects;
import org.disclosuredesk.law.DocType;

/**
 * Where a table-二 figure comes from: the register (by 文种) or the yearly statistics form. A future
 * format that needs a figure no ledger holds reads it from the form's extra figures by key
 * ({@link Source#STATISTIC_EXTRA}), so it needs a definition, not code.
 */
public record Measure(Source source, String argument, ValueKind kind) {

    public enum Source {
        /** 成文日期 in the year. */
        DOCUMENTS_WRITTEN,
        /** 已废止 with the change dated in the year (已失效 is not 废止; as the register counts it). */
        DOCUMENTS_ABOLISHED,
        /** 已失效 with the change dated in the year: printed nowhere, it explains a fall of 现行有效件数. */
        DOCUMENTS_EXPIRED,
        /** Written by 31 December and not abolished or expired by then (已修改 stays in force as amended). */
        DOCUMENTS_IN_FORCE,
        /** 发布日期 in the year (2019 format: 本年新公开数量). */
        DOCUMENTS_PUBLISHED,
        /** 发布日期 on or before 31 December (2019 format: 对外公开总数量). */
        DOCUMENTS_PUBLISHED_TOTAL,
        LICENSING_DECISIONS,
        PENALTY_DECISIONS,
        COERCION_DECISIONS,
        /** 行政事业性收费, in 分. */
        ADMINISTRATIVE_FEES,
        /** A figure of the yearly form's extra figures, by key (argument). */
        STATISTIC_EXTRA
    }

    public Measure {
        Objects.requireNonNull(source);
        Objects.requireNonNull(kind);
    }

    public static Measure documents(Source source, DocType type) {
        return new Measure(source, type.name(), ValueKind.COUNT);
    }

    public static Measure statistic(Source source) {
        return new Measure(source, null, source == Source.ADMINISTRATIVE_FEES ? ValueKind.AMOUNT_WAN_YUAN : ValueKind.COUNT);
    }

    public static Measure extra(String key, ValueKind kind) {
        return new Measure(Source.STATISTIC_EXTRA, key, kind);
    }

    public boolean fromRegister() {
        return source.name().startsWith("DOCUMENTS_");
    }

    public DocType docType() {
        return DocType.valueOf(argument);
    }
}
