// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.GridCell;
import org.disclosuredesk.report.format.ReportGrid;
import org.disclosuredesk.ui.kit.Texts;

/**
 * One report table on screen with the same spans as the PDF: headers and labels as text, each figure a
 * flat button (keyboard: Tab to it, Space to open the records behind it).
 */
public final class ReportGridView extends GridPane {

    private final Map<CellRef, Button> figures = new HashMap<>();
    private final Consumer<CellRef> onSelect;

    public ReportGridView(Consumer<CellRef> onSelect) {
        this.onSelect = onSelect;
        getStyleClass().add("rg-table");
    }

    public void show(ReportGrid grid) {
        getChildren().clear();
        getColumnConstraints().clear();
        figures.clear();
        float total = 0;
        for (float w : grid.widths()) {
            total += w;
        }
        for (float w : grid.widths()) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100 * w / total);
            getColumnConstraints().add(c);
        }
        for (GridCell cell : grid.cells()) {
            Region node = cell.isNumber() ? figure(cell) : text(cell);
            node.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            add(node, cell.column(), cell.row(), cell.colSpan(), cell.rowSpan());
        }
    }

    /** Marks the cells a check points at and the one whose records are listed. */
    void mark(Collection<CellRef> flagged, CellRef selected) {
        figures.forEach((ref, button) -> {
            button.getStyleClass().removeAll("rg-flagged", "rg-selected");
            if (flagged.contains(ref)) {
                button.getStyleClass().add("rg-flagged");
            }
            if (ref.equals(selected)) {
                button.getStyleClass().add("rg-selected");
            }
        });
    }

    Button figureButton(CellRef ref) {
        return figures.get(ref);
    }

    private Region figure(GridCell cell) {
        Button b = new Button(cell.text());
        b.getStyleClass().add("rg-value");
        b.setTooltip(new Tooltip(Texts.get("report.tables.cellTip")));
        b.setOnAction(e -> onSelect.accept(cell.cell()));
        figures.put(cell.cell(), b);
        return b;
    }

    private static Region text(GridCell cell) {
        Label l = new Label(cell.text());
        l.setWrapText(true);
        l.getStyleClass().add(cell.role() == GridCell.Role.LABEL ? "rg-label" : "rg-header");
        l.setAlignment(cell.role() == GridCell.Role.LABEL || cell.role() == GridCell.Role.BLOCK_TITLE ? Pos.CENTER_LEFT : Pos.CENTER);
        return l;
    }
}
