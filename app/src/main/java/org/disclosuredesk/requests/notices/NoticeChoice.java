// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

/** A notice a request's state calls for: its type and the step it is for (null for the 登记回执). */
public record NoticeChoice(NoticeType type, Long eventId, String stepText) {

    /** 补正告知书（2025-03-10 补正告知） */
    public String label() {
        return stepText == null || stepText.isBlank() ? type.label() : type.label() + "（" + stepText + "）";
    }

    public boolean sameAs(String typeCode, Long otherEventId) {
        return type.code().equals(typeCode) && java.util.Objects.equals(eventId, otherEventId);
    }
}
