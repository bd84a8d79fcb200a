// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

/** A notice's number in its series and year, as 公文 print it: X政公开补〔2025〕第3号. */
public record NoticeNumber(String series, int year, int seq, String text) {

    public static NoticeNumber of(String series, String prefix, int year, int seq) {
        return new NoticeNumber(series, year, seq, prefix + "〔" + year + "〕第" + seq + "号");
    }

    /** The number a preview shows: the real prefix and year, no sequence taken. */
    public static String preview(String prefix, int year) {
        return prefix + "〔" + year + "〕第　号";
    }
}
