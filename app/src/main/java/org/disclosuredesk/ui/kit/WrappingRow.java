// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A row of filters that wraps onto a second line on a narrow window (1024×700) instead of squeezing
 * every box until it reads "2…" or "…": each control keeps the width its text needs.
 */
public final class WrappingRow {

    private WrappingRow() {
    }

    public static FlowPane of(double gap, Node... nodes) {
        FlowPane row = new FlowPane(gap, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof Control) {
                ((Control) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return row;
    }
}
