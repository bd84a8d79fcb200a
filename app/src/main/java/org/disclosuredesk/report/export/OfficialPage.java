// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

/**
 * The page of GB/T 9704—2012 (党政机关公文格式), the model published reports follow: A4, margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm; 22 lines of 三号 text per page; title 二号; page numbers 四号
 * 「— 1 —」, 7 mm below the text block, right on odd pages and left on even pages, one character in.
 */
public final class OfficialPage {

    public static final float MM = 72f / 25.4f;
    public static final float TOP = 37 * MM;
    public static final float BOTTOM = 35 * MM;
    public static final float LEFT = 28 * MM;
    public static final float RIGHT = 26 * MM;

    /** 二号 */
    public static final float TITLE_SIZE = 22f;
    /** 三号 */
    public static final float BODY_SIZE = 16f;
    /** 四号 */
    public static final float PAGE_NUMBER_SIZE = 14f;
    /** 五号, for table 二 */
    public static final float TABLE_SIZE = 10.5f;
    /** 小五, for the ten- and fifteen-column tables 三 and 四 */
    public static final float DENSE_TABLE_SIZE = 9f;

    /** The text block's height divided into 22 lines. */
    public static final float BODY_LEADING = (297 * MM - TOP - BOTTOM) / 22f;
    public static final float TITLE_LEADING = 36f;
    public static final float PAGE_NUMBER_GAP = 7 * MM;

    private OfficialPage() {
    }
}
