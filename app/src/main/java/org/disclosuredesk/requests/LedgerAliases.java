// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ResultRow;

/**
 * The labels offices write in their own ledgers, mapped to the statutory ones — as a table of data,
 * each mapping with the note the import preview shows, so nothing is silently guessed (issue 12.4):
 * half-width brackets 「(一)予以公开」, the 2019 format's single 「（六）其他处理」 row, 「法人或其他组织」 and
 * 「企业」 as applicant kinds. A group-only label whose group has no 「其他」 (不予公开, 无法提供, 不予处理)
 * is not mapped: {@link #groundQuestion} asks which ground.
 */
// [impl->req~import.label-aliases~1]
public final class LedgerAliases {

    /** A value read through an alias; {@code note} says what was read and how, for the preview (null if exact). */
    public record Mapped<T>(T value, String note) {
    }

    private record Alias<T>(Predicate<String> matches, T value, String note) {
    }

    private static final String SIX_2019 = "“%s”是 2019 年格式的单行“（六）其他处理”，按“（六）其他处理 %s”导入，请核对";

    /** In order: the first rule whose words match wins. Texts are compared after {@link #fold}. */
    private static final List<Alias<ResultRow>> RESULTS = List.of(
            new Alias<>(t -> isOtherHandling(t) && t.contains("补正"), ResultRow.OTHER_NO_CORRECTION, SIX_2019),
            new Alias<>(t -> isOtherHandling(t) && (t.contains("缴费") || t.contains("缴纳") || t.contains("收费")),
                    ResultRow.OTHER_FEE_UNPAID, SIX_2019),
            new Alias<>(LedgerAliases::isOtherHandling, ResultRow.OTHER, SIX_2019));

    private static final String KIND_REVIEW = "申请人类型“%s”按“法人或其他组织-%s”导入，请核对";

    private static final List<Alias<ApplicantKind>> KINDS = List.of(
            // Only the group's own name: a bare 「法人」 says too little to map (it stays refused).
            new Alias<>(t -> t.equals("法人或其他组织") || t.equals("法人或者其他组织"),
                    ApplicantKind.OTHER_ORGANISATION, KIND_REVIEW),
            new Alias<>(t -> t.equals("企业") || t.equals("公司") || t.equals("企业法人"), ApplicantKind.COMMERCIAL_ENTERPRISE, KIND_REVIEW));

    private LedgerAliases() {
    }

    /** The result row a ledger's label names, exactly (after folding brackets and spaces) or through an alias. */
    public static Optional<Mapped<ResultRow>> result(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = fold(text);
        Optional<ResultRow> exact = ResultRow.fromLabel(t).or(() -> ResultRow.fromLabel(text.trim()));
        if (exact.isPresent()) {
            boolean sameAsWritten = text.trim().equals(t) || ResultRow.fromLabel(text.trim()).isPresent();
            return Optional.of(new Mapped<>(exact.get(), sameAsWritten ? null
                    : "办理结果“" + text.trim() + "”按“" + exact.get().fullLabel() + "”导入（全角括号）"));
        }
        return RESULTS.stream().filter(a -> a.matches().test(t)).findFirst()
                .map(a -> new Mapped<>(a.value(), String.format(a.note(), text.trim(), a.value().itemLabel())));
    }

    /** For a label naming only a group without a 「其他」 row: which grounds to choose from; else empty. */
    public static Optional<String> groundQuestion(String text) {
        String t = fold(text).replaceFirst("^（[一二三四五六七]）", "");
        for (ResultGroup group : ResultGroup.values()) {
            String name = group.label().replaceFirst("^（[一二三四五六七]）", "");
            List<ResultRow> rows = Arrays.stream(ResultRow.values()).filter(r -> r.group() == group && r.itemLabel() != null).toList();
            if (t.equals(name) && rows.size() > 1) {
                return Optional.of("办理结果只写了“" + text.trim() + "”：请写明是哪一项（" + rows.stream().map(ResultRow::itemLabel)
                        .collect(Collectors.joining("、")) + "），表三该组没有“其他”一项，不能代为选择。");
            }
        }
        return Optional.empty();
    }

    /** The applicant kind a ledger names through an alias, marked for review. */
    public static Optional<Mapped<ApplicantKind>> applicantKind(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = fold(text);
        return KINDS.stream().filter(a -> a.matches().test(t)).findFirst()
                .map(a -> new Mapped<>(a.value(), String.format(a.note(), text.trim(), a.value().label())));
    }

    /** NFKC without its half-width brackets: （）in the statutory way, no spaces, 1．→ 1. */
    static String fold(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        return t.replace('(', '（').replace(')', '）');
    }

    private static boolean isOtherHandling(String t) {
        return t.startsWith("（六）其他处理") || t.startsWith("其他处理") || t.equals("（六）其他");
    }
}
