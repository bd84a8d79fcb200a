// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.StoredDateRange;
import org.disclosuredesk.shared.ValidationError;

/**
 * The checks one entry must pass on its own, before the register looks at other entries: required
 * fields, dates in order, a reason for 依申请公开/不予公开, a date for every change of 有效性, and the 文号 and
 * 索引号 in the office's spelling. Returns the tidied draft or a {@link ValidationError} naming each field.
 */
public final class DocumentRules {

    public static final int MAX_TITLE = 500;

    private DocumentRules() {
    }

    public static DocumentDraft check(DocumentDraft d, IndexNumberPattern indexPattern) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        DocumentDraft.Builder b = d.toBuilder();

        String title = trimmed(d.title());
        if (title == null) {
            problems.add(new ValidationError.Problem("title", "请填写标题。"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new ValidationError.Problem("title", "标题过长（超过 " + MAX_TITLE + " 字），请检查是否粘贴了正文。"));
        }
        b.title(title).issuingOrgan(trimmed(d.issuingOrgan())).category(trimmed(d.category()))
                .nonDisclosureReason(trimmed(d.nonDisclosureReason())).interpretationTitle(trimmed(d.interpretationTitle()))
                .secrecyReviewer(trimmed(d.secrecyReviewer()));

        try {
            b.docNumber(DocNumber.parseOptional(d.docNumber()).map(DocNumber::normalised).orElse(null));
        } catch (UserError e) {
            problems.add(new ValidationError.Problem("docNumber", e.getMessage()));
        }
        String index = IndexNumberPattern.normalise(d.indexNumber());
        if (index.isEmpty()) {
            b.indexNumber(null);
        } else if (!indexPattern.matches(index)) {
            int year = d.writtenOn() == null ? 2025 : d.writtenOn().getYear();
            problems.add(new ValidationError.Problem("indexNumber", "索引号“" + d.indexNumber().trim() + "”不符合本机关的格式“"
                    + indexPattern.pattern() + "”，例如 " + indexPattern.example(year) + "（可在“设置 → 机关信息”中修改格式）。"));
        } else {
            b.indexNumber(index);
        }

        StoredDateRange.check(problems, "writtenOn", "成文日期", d.writtenOn(), "publishedOn", "发布日期", d.publishedOn(),
                "validityChangedOn", "有效性变更日期", d.validityChangedOn(),
                "interpretationPublishedOn", "解读发布日期", d.interpretationPublishedOn(),
                "secrecyReviewedOn", "保密审查日期", d.secrecyReviewedOn());
        if (d.writtenOn() == null) {
            problems.add(new ValidationError.Problem("writtenOn", "请填写成文日期。"));
        } else {
            if (d.publishedOn() != null && d.publishedOn().isBefore(d.writtenOn())) {
                problems.add(new ValidationError.Problem("publishedOn", "发布日期 " + d.publishedOn() + " 早于成文日期 " + d.writtenOn() + "。"));
            }
            if (d.validityChangedOn() != null && d.validity() != Validity.IN_FORCE && d.validityChangedOn().isBefore(d.writtenOn())) {
                problems.add(new ValidationError.Problem("validityChangedOn",
                        changeDateLabel(d.validity()) + " " + d.validityChangedOn() + " 早于成文日期 " + d.writtenOn() + "。"));
            }
            if (d.interpretationPublishedOn() != null && d.interpretationPublishedOn().isBefore(d.writtenOn())) {
                problems.add(new ValidationError.Problem("interpretationPublishedOn", "解读发布日期早于成文日期，请检查。"));
            }
        }
        if (d.attribute().needsReason() && trimmed(d.nonDisclosureReason()) == null) {
            problems.add(new ValidationError.Problem("nonDisclosureReason", "公开属性为“" + d.attribute().label() + "”时须写明理由。"));
        }
        if (!d.attribute().needsReason()) {
            b.nonDisclosureReason(null);
        }
        if (d.validity() == Validity.IN_FORCE) {
            b.validityChangedOn(null).replacedById(null);
        } else if (d.validityChangedOn() == null) {
            problems.add(new ValidationError.Problem("validityChangedOn", "有效性为“" + d.validity().label() + "”时须填写"
                    + changeDateLabel(d.validity()) + "。"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
        return b.build();
    }

    /** 废止日期, 失效日期 or 修改日期: what the date of a change of 有效性 is called. */
    public static String changeDateLabel(Validity validity) {
        switch (validity) {
            case ABOLISHED:
                return "废止日期";
            case EXPIRED:
                return "失效日期";
            case AMENDED:
                return "修改日期";
            default:
                return "有效性变更日期";
        }
    }

    static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
