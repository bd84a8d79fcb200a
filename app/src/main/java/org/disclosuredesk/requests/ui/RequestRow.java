// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.time.LocalDate;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestStatus;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.ui.kit.Texts;

/** One line of the list, ready to show: personal ID numbers already masked, carried-over requests marked. */
public record RequestRow(long id, String regNumber, boolean carriedIn, RequestStatus status, String applicant, String applicantKind,
        String maskedId, String content, LocalDate receivedOn, LocalDate dueOn, boolean provisional, String dueText,
        String result, String lacksNotice, RequestView view) {

    /** {@code year}: the year the list shows (0 for all years); an earlier registration is 上年结转. */
    static RequestRow of(RequestView v, int year) {
        return of(v, year, "");
    }

    /** {@code lacksNotice}: the notice the latest step needs and nobody issued yet, or "". */
    static RequestRow of(RequestView v, int year, String lacksNotice) {
        return of(v, year, lacksNotice, null);
    }

    /** {@code mixedResults}: a split application's items' results when they differ (「分项：…」), else null. */
    static RequestRow of(RequestView v, int year, String lacksNotice, String mixedResults) {
        Request r = v.request();
        String dueText = v.deadline().dateText();
        return new RequestRow(r.id(), r.number().text(), year != 0 && r.number().year() < year, v.status(), r.applicant().name(), r.applicant().kind().label(),
                r.applicant().maskedIdNumber(), r.intake().content(), r.receivedOn(), v.deadline().dueOn(),
                v.deadline().isProvisional(), dueText,
                mixedResults != null ? mixedResults : r.result() == null ? "" : r.result().fullLabel(), lacksNotice, v);
    }

    String numberNote() {
        return carriedIn ? Texts.get("requests.list.carriedIn") : "";
    }

    String applicantNote() {
        return applicantKind + (maskedId.isEmpty() ? "" : "  " + maskedId);
    }

    /** 缺补正告知书 under the result while the latest step's notice has not been issued. */
    String noticeNote() {
        return lacksNotice.isEmpty() ? "" : Texts.get("requests.list.lacksNotice", lacksNotice);
    }

    /** 日历未更新 while an open request's date was counted without the year's holiday notice. */
    String dueNote() {
        return provisional && status.isOpen() ? Texts.get("requests.calendarNotUpdated") : "";
    }
}
