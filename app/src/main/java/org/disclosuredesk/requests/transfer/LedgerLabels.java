// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.IdNumberValidator;
import org.disclosuredesk.requests.IdType;

/**
 * The statutory labels as real ledgers write them: the exact label, the label without its number,
 * and a few common words (公民 for 自然人, 网上 for 互联网). Anything else is reported, never guessed.
 */
final class LedgerLabels {

    private static final Map<String, ApplicantKind> KIND_WORDS = Map.of(
            "公民", ApplicantKind.NATURAL_PERSON, "个人", ApplicantKind.NATURAL_PERSON);
    private static final Map<String, RequestChannel> CHANNEL_WORDS = Map.ofEntries(
            Map.entry("当面提交", RequestChannel.IN_PERSON), Map.entry("现场", RequestChannel.IN_PERSON),
            Map.entry("现场提交", RequestChannel.IN_PERSON), Map.entry("邮寄", RequestChannel.REGISTERED_MAIL),
            Map.entry("信函", RequestChannel.REGISTERED_MAIL), Map.entry("挂号信", RequestChannel.REGISTERED_MAIL),
            Map.entry("EMS", RequestChannel.REGISTERED_MAIL), Map.entry("网上", RequestChannel.INTERNET),
            Map.entry("网络", RequestChannel.INTERNET), Map.entry("在线", RequestChannel.INTERNET),
            Map.entry("网上申请", RequestChannel.INTERNET), Map.entry("邮箱", RequestChannel.EMAIL),
            Map.entry("电子邮箱", RequestChannel.EMAIL), Map.entry("EMAIL", RequestChannel.EMAIL));

    private LedgerLabels() {
    }

    static Optional<ApplicantKind> applicantKind(String text) {
        String t = text.replaceAll("\\s", "").replace("（", "-").replace("）", "").replace("—", "-").replace("－", "-");
        return ApplicantKind.fromLabel(t).or(() -> Optional.ofNullable(KIND_WORDS.get(t)));
    }

    static String applicantKinds() {
        return Arrays.stream(ApplicantKind.values()).map(ApplicantKind::label).collect(Collectors.joining("、"));
    }

    static Optional<RequestChannel> channel(String text) {
        String t = text.replaceAll("\\s", "");
        return RequestChannel.fromLabel(t).or(() -> Optional.ofNullable(CHANNEL_WORDS.get(t.toUpperCase())));
    }

    static String channels() {
        return Arrays.stream(RequestChannel.values()).map(RequestChannel::label).collect(Collectors.joining("、"));
    }

    /** The code (3.1), the full or group label, the item label with or without its number. */
    static Optional<ResultRow> result(String text) {
        Optional<ResultRow> exact = ResultRow.fromLabel(text);
        if (exact.isPresent()) {
            return exact;
        }
        String t = text.replaceAll("\\s", "");
        for (ResultRow row : ResultRow.values()) {
            String groupName = row.group().label().replaceFirst("^（[一二三四五六七]）", "");
            if (row.itemLabel() == null) {
                if (t.equals(groupName) || (row.group() == ResultGroup.PARTLY_DISCLOSED && t.equals("部分公开"))) {
                    return Optional.of(row);
                }
            } else {
                String item = row.itemLabel().replaceFirst("^\\d\\.", "");
                if (t.equals(item) || t.equals(groupName + "-" + item) || t.equals(groupName + item)
                        || t.equals(row.group().label() + row.itemLabel().replaceFirst("\\.", ""))) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    /** The document type written, or read from the number itself when the column is missing. */
    static Optional<IdType> idType(String typeText, String number) {
        String t = typeText.replaceAll("\\s", "");
        if (!t.isEmpty()) {
            Optional<IdType> exact = IdType.fromLabel(t);
            if (exact.isPresent()) {
                return exact;
            }
            if (t.contains("身份证")) {
                return Optional.of(IdType.RESIDENT_ID);
            }
            if (t.contains("信用代码")) {
                return Optional.of(IdType.CREDIT_CODE);
            }
            if (t.contains("护照")) {
                return Optional.of(IdType.PASSPORT);
            }
            return Optional.of(IdType.OTHER);
        }
        if (number.isBlank()) {
            return Optional.empty();
        }
        if (IdNumberValidator.problem(IdType.RESIDENT_ID, number).isEmpty()) {
            return Optional.of(IdType.RESIDENT_ID);
        }
        if (IdNumberValidator.problem(IdType.CREDIT_CODE, number).isEmpty()) {
            return Optional.of(IdType.CREDIT_CODE);
        }
        return Optional.of(IdNumberValidator.normalise(number).length() == 18 ? IdType.RESIDENT_ID : IdType.OTHER);
    }
}
