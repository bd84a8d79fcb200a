// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.Optional;
import org.disclosuredesk.law.RequestChannel;

/**
 * The date of receipt, from which the answer period runs (条例第三十一条). It depends on the channel:
 * handed in → that day; registered mail → the day the office signs for it; an ordinary letter → the
 * day the office confirms with the applicant; internet, fax, e-mail → the day both sides confirm.
 */
// [impl->req~intake.receipt-date~1]
public final class ReceiptDate {

    private ReceiptDate() {
    }

    /**
     * What the form proposes. For a letter the office registers it on the day it signs for it or
     * confirms it, so the proposal is today (never before the submission date); for the other channels
     * it is the submission date, which the clerk changes when the confirmation came later.
     */
    public static LocalDate proposed(RequestChannel channel, LocalDate submittedOn, LocalDate today) {
        if (submittedOn == null) {
            return today;
        }
        switch (channel) {
            case REGISTERED_MAIL:
            case ORDINARY_LETTER:
                return today.isBefore(submittedOn) ? submittedOn : today;
            default:
                return submittedOn;
        }
    }

    /** The rule for the channel in one sentence, shown beside the field. */
    public static String rule(RequestChannel channel) {
        switch (channel) {
            case IN_PERSON:
                return "当面提交的，以提交之日为收到申请之日（第三十一条第（一）项）。";
            case REGISTERED_MAIL:
                return "以邮寄方式提交的，以行政机关签收之日为收到申请之日（第三十一条第（二）项）。";
            case ORDINARY_LETTER:
                return "以平常信函等无需签收的邮寄方式提交的，以与申请人确认之日为收到申请之日（第三十一条第（二）项）。";
            case INTERNET:
            case FAX:
            case EMAIL:
                return "通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日（第三十一条第（三）项）。";
            default:
                return "请按实际确认收到申请的日期填写（第三十一条）。";
        }
    }

    /** A problem with the pair of dates, or empty when they fit the channel. */
    public static Optional<String> problem(RequestChannel channel, LocalDate submittedOn, LocalDate receivedOn) {
        if (submittedOn == null || receivedOn == null) {
            return Optional.empty();
        }
        if (receivedOn.isBefore(submittedOn)) {
            return Optional.of("收到申请日期（" + receivedOn + "）不能早于提交日期（" + submittedOn + "）。");
        }
        if (channel == RequestChannel.IN_PERSON && !receivedOn.equals(submittedOn)) {
            return Optional.of("当面提交的，收到申请日期应为提交当日（" + submittedOn + "，第三十一条第（一）项）。");
        }
        return Optional.empty();
    }
}
