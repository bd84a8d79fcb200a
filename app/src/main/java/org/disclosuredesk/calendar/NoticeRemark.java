// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

/** Something said about one line of a pasted notice: a problem that blocks saving, or a note. */
public record NoticeRemark(int lineNumber, String lineText, String reason) {

    /** How the preview shows it: 第 3 行「…」：reason. */
    public String describe() {
        if (lineNumber <= 0) {
            return reason;
        }
        String text = lineText.length() > 80 ? lineText.substring(0, 80) + "…" : lineText;
        return "第 " + lineNumber + " 行「" + text + "」：" + reason;
    }
}
