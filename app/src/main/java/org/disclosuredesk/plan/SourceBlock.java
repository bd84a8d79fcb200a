// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.List;

/** A piece of a plan document in reading order: a paragraph (one line) or a table. */
public sealed interface SourceBlock permits SourceBlock.Paragraph, SourceBlock.Table {

    /** Offsets of the block in {@link PlanSource#text()}. */
    int start();

    int end();

    /**
     * One line of text. {@code autoNumber} is the label Word draws for an automatically numbered
     * paragraph (it is not part of the text), or null.
     */
    record Paragraph(String text, String autoNumber, int start, int end) implements SourceBlock {
    }

    /** A table as a full grid: merged cells are repeated in every grid position they cover. */
    record Table(List<List<Cell>> rows, int start, int end, boolean rebuilt) implements SourceBlock {

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** A table as the document stores it ({@code rebuilt}: put back together from flattened text). */
        public Table(List<List<Cell>> rows, int start, int end) {
            this(rows, start, end, false);
        }
    }

    /**
     * One grid position. {@code mergedAbove}: the cell above covers this position too (a vertical
     * merge); {@code mergedLeft}: the cell to the left does (a horizontal merge).
     */
    record Cell(String text, boolean mergedAbove, boolean mergedLeft, boolean guessed) {

        /** {@code guessed}: the text was copied from the row above on a guess that the cell was merged. */
        public Cell(String text, boolean mergedAbove, boolean mergedLeft) {
            this(text, mergedAbove, mergedLeft, false);
        }
    }
}
