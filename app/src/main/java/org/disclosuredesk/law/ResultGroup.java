// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

/** The groups of table 三「三、本年度办理结果」, 2021 format, labels verbatim. */
public enum ResultGroup {
    DISCLOSED("（一）予以公开"),
    PARTLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD("（三）不予公开"),
    UNAVAILABLE("（四）无法提供"),
    NOT_HANDLED("（五）不予处理"),
    OTHER("（六）其他处理");

    private final String label;

    ResultGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
