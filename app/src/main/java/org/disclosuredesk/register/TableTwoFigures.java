// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import org.disclosuredesk.law.DocType;

/**
 * Table 二 of the annual report (2021 format, 国办公开办函〔2021〕30号) for one year: the 第二十条第（一）项
 * rows counted from the register, and the other rows from the yearly form.
 */
public record TableTwoFigures(int year, Row rules, Row normativeDocuments, YearlyStatistics statistics) {

    /** One row of 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数. */
    public record Row(DocType docType, int made, int abolished, int inForce) {

        public int get(TableTwoMeasure measure) {
            switch (measure) {
                case MADE:
                    return made;
                case ABOLISHED:
                    return abolished;
                default:
                    return inForce;
            }
        }
    }

    public Row row(DocType type) {
        if (type == DocType.RULE) {
            return rules;
        }
        if (type == DocType.NORMATIVE_DOCUMENT) {
            return normativeDocuments;
        }
        throw new IllegalArgumentException(type + " is not counted in table 二");
    }
}
