// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

/**
 * The three columns of table 二, 第二十条第（一）项 (国办公开办函〔2021〕30号), as the register counts them:
 * 本年制发件数 by 成文日期 in the year; 本年废止件数 by 废止日期 in the year (有效性 已废止); 现行有效件数 on
 * 31 December: made by then and neither abolished nor expired by then (an amended document stays in force).
 */
public enum TableTwoMeasure {
    MADE("本年制发件数"),
    ABOLISHED("本年废止件数"),
    IN_FORCE("现行有效件数");

    private final String label;

    TableTwoMeasure(String label) {
        this.label = label;
    }

    /** The column heading as the 2021 format prints it. */
    public String label() {
        return label;
    }
}
