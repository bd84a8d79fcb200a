// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;

/**
 * A view of the register: filters and search text. {@code year} alone means 成文日期 in that year; with a
 * {@code measure} it selects the documents behind that table-二 figure of the year (then {@code docType}
 * says which row). Null means "any".
 */
public record RegisterQuery(Integer year, DocType docType, Validity validity, DisclosureAttribute attribute,
        boolean lateOnly, boolean missingInterpretationOnly, String text, TableTwoMeasure measure) {

    public static final RegisterQuery ALL = new RegisterQuery(null, null, null, null, false, false, null, null);

    public static RegisterQuery ofYear(int year) {
        return ALL.withYear(year);
    }

    /** The list behind one figure of table 二. */
    public static RegisterQuery figure(int year, DocType docType, TableTwoMeasure measure) {
        return new RegisterQuery(year, docType, null, null, false, false, null, measure);
    }

    public static RegisterQuery search(String text) {
        return ALL.withText(text);
    }

    public RegisterQuery withYear(Integer y) {
        return new RegisterQuery(y, docType, validity, attribute, lateOnly, missingInterpretationOnly, text, measure);
    }

    public RegisterQuery withDocType(DocType t) {
        return new RegisterQuery(year, t, validity, attribute, lateOnly, missingInterpretationOnly, text, measure);
    }

    public RegisterQuery withValidity(Validity v) {
        return new RegisterQuery(year, docType, v, attribute, lateOnly, missingInterpretationOnly, text, measure);
    }

    public RegisterQuery withAttribute(DisclosureAttribute a) {
        return new RegisterQuery(year, docType, validity, a, lateOnly, missingInterpretationOnly, text, measure);
    }

    public RegisterQuery withLateOnly(boolean on) {
        return new RegisterQuery(year, docType, validity, attribute, on, missingInterpretationOnly, text, measure);
    }

    public RegisterQuery withMissingInterpretationOnly(boolean on) {
        return new RegisterQuery(year, docType, validity, attribute, lateOnly, on, text, measure);
    }

    public RegisterQuery withText(String t) {
        return new RegisterQuery(year, docType, validity, attribute, lateOnly, missingInterpretationOnly, t, measure);
    }

    public RegisterQuery withMeasure(TableTwoMeasure m) {
        return new RegisterQuery(year, docType, validity, attribute, lateOnly, missingInterpretationOnly, text, m);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
