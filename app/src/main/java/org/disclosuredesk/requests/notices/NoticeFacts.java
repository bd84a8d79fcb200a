// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.time.LocalDate;
import org.disclosuredesk.requests.FeeBasis;

/**
 * Everything a notice may say, taken from the request and its clock by {@link NoticeFactsMapper} (the only
 * place that reads the request for a notice) and from the office's settings. Null means "not recorded":
 * the text then says what is missing. {@code lawRequiredBy}/{@code lawRequiredRule} are the day by which
 * the law wanted this step and the rule's words; a notice issued after that day says so rather than
 * carrying an earlier date.
 *
 * <p>{@code otherOrgan} (the organ that holds the information, 条例第三十六条第（五）项, recorded with the
 * decision) and {@code reasonablePeriodUntil} (the period set under 第三十五条) are null when the log has none.
 */
public record NoticeFacts(
        NoticeType type,
        Long eventId,
        String organName,
        LocalDate issuedOn,
        String registrationNumber,
        String applicantName,
        LocalDate receivedOn,
        String content,
        String formWanted,
        LocalDate answerDueOn,
        LocalDate originalDueOn,
        LocalDate stepOn,
        LocalDate stepLimit,
        String stepNote,
        String party,
        Integer extensionDays,
        FeeBasis feeBasis,
        Integer feeQuantity,
        Long feeFen,
        LocalDate correctionSentOn,
        LocalDate correctBy,
        LocalDate feeNoticeOn,
        String deliveryMethod,
        OtherOrgan otherOrgan,
        LocalDate reasonablePeriodUntil,
        LocalDate lawRequiredBy,
        String lawRequiredRule,
        NoticeSettings settings,
        ItemAnswers itemAnswers) {

    public NoticeFacts {
        itemAnswers = itemAnswers == null ? ItemAnswers.NONE : itemAnswers;
    }

    /** Facts of an application not split (no item answers). */
    public NoticeFacts(NoticeType type, Long eventId, String organName, LocalDate issuedOn, String registrationNumber,
            String applicantName, LocalDate receivedOn, String content, String formWanted, LocalDate answerDueOn,
            LocalDate originalDueOn, LocalDate stepOn, LocalDate stepLimit, String stepNote, String party, Integer extensionDays,
            FeeBasis feeBasis, Integer feeQuantity, Long feeFen, LocalDate correctionSentOn, LocalDate correctBy,
            LocalDate feeNoticeOn, String deliveryMethod, OtherOrgan otherOrgan, LocalDate reasonablePeriodUntil,
            LocalDate lawRequiredBy, String lawRequiredRule, NoticeSettings settings) {
        this(type, eventId, organName, issuedOn, registrationNumber, applicantName, receivedOn, content, formWanted, answerDueOn,
                originalDueOn, stepOn, stepLimit, stepNote, party, extensionDays, feeBasis, feeQuantity, feeFen, correctionSentOn,
                correctBy, feeNoticeOn, deliveryMethod, otherOrgan, reasonablePeriodUntil, lawRequiredBy, lawRequiredRule, settings,
                ItemAnswers.NONE);
    }

    /** The same facts on another day (a preview made today, a notice issued today). */
    public NoticeFacts issuedOn(LocalDate day) {
        return new NoticeFacts(type, eventId, organName, day, registrationNumber, applicantName, receivedOn, content,
                formWanted, answerDueOn, originalDueOn, stepOn, stepLimit, stepNote, party, extensionDays, feeBasis,
                feeQuantity, feeFen, correctionSentOn, correctBy, feeNoticeOn, deliveryMethod, otherOrgan,
                reasonablePeriodUntil, lawRequiredBy, lawRequiredRule, settings, itemAnswers);
    }

    /**
     * The same facts with the answers to the items of a split application this reply covers (一事一申请,
     * req~items.counting~1): the reply then states each item's result.
     */
    public NoticeFacts withItemAnswers(ItemAnswers answers) {
        return new NoticeFacts(type, eventId, organName, issuedOn, registrationNumber, applicantName, receivedOn, content,
                formWanted, answerDueOn, originalDueOn, stepOn, stepLimit, stepNote, party, extensionDays, feeBasis,
                feeQuantity, feeFen, correctionSentOn, correctBy, feeNoticeOn, deliveryMethod, otherOrgan,
                reasonablePeriodUntil, lawRequiredBy, lawRequiredRule, settings, answers);
    }

    /** Whom the notice is addressed to: the third party for a consultation, else the applicant. */
    public String addressee() {
        return type.kind() == NoticeKind.CONSULTATION ? party : applicantName;
    }
}
