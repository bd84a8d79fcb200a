// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds text a person cannot read in full: a visible Labeled whose skin drew its text cut short (…). */
public final class CutText {

    private CutText() {
    }

    public static List<String> in(Node node) {
        List<String> cut = new ArrayList<>();
        collect(node, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled) {
            Labeled labeled = (Labeled) node;
            String full = labeled.getText();
            if (full != null && !full.isBlank()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text && !full.equals(((Text) child).getText())
                            && ((Text) child).getText().contains(labeled.getEllipsisString())) {
                        cut.add(labeled.getClass().getSimpleName() + " “" + full + "” shows “" + ((Text) child).getText() + "”");
                    }
                }
            }
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
