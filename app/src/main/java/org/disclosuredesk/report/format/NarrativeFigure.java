// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.List;

/**
 * A figure the narrative may quote (rule 8 of the format): the words that name it (e.g. 予以公开) and
 * the cells whose sum it must equal. A quoted number is matched to the figure whose words stand
 * nearest before it in the same clause (「共收到申请58件」→ 收到 → 一、本年新收 总计).
 */
public record NarrativeFigure(String name, List<String> words, List<CellRef> cells) {

    public NarrativeFigure {
        words = List.copyOf(words);
        cells = List.copyOf(cells);
    }
}
