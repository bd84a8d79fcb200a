// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;

/**
 * What one document adds to a year's table 二 (the same rules as the register's counts): made in the year,
 * abolished in the year, in force at its end — by 文种. Two versions of a document that give the same
 * value for a locked year leave that year's report as published.
 */
record DocumentYearFigures(DocType type, boolean made, boolean abolished, boolean inForce) {

    /** Null when the document does not appear in {@code year}'s figures at all. */
    static DocumentYearFigures of(DocumentDraft d, int year) {
        if (d == null || d.writtenOn() == null) {
            return null;
        }
        boolean made = d.writtenOn().getYear() == year;
        LocalDate changed = d.validityChangedOn();
        boolean abolished = d.validity() == Validity.ABOLISHED && changed != null && changed.getYear() == year;
        boolean ended = (d.validity() == Validity.ABOLISHED || d.validity() == Validity.EXPIRED) && changed != null
                && changed.getYear() <= year;
        // Only 规章 and 行政规范性文件 have a stock (现行有效件数) in table 二; other documents count in their own year.
        boolean inForce = d.docType() != DocType.OTHER && d.writtenOn().getYear() <= year && !ended;
        if (!made && !abolished && !inForce) {
            return null;
        }
        return new DocumentYearFigures(d.docType(), made, abolished, inForce);
    }
}
