// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The source document beside the review tree: numbered lines, the selected item's lines highlighted and
 * scrolled into view. A plain box of lines, not a virtualised list: a ListView of wrapped lines of many
 * heights scrolled to the wrong place (it estimates row heights), and even a 20-page plan is only some
 * hundreds of lines.
 */
final class SourceTextPane extends ScrollPane {

    static final String CURRENT = "plan-source-current";

    private final VBox lines = new VBox();
    private final List<SourceLine> shown = new ArrayList<>();
    private int from = -1;
    private int to = -1;
    private boolean scrollPending;

    SourceTextPane(ObservableList<SourceLine> source) {
        getStyleClass().add("plan-source");
        lines.getStyleClass().add("plan-source-lines");
        setContent(lines);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        source.addListener((ListChangeListener<SourceLine>) c -> rebuild(source));
        rebuild(source);
        // A highlight asked for before the pane was laid out (the review opens on its first task) scrolls once it is.
        viewportBoundsProperty().addListener((obs, old, now) -> scrollIfPending());
        lines.heightProperty().addListener((obs, old, now) -> scrollIfPending());
    }

    /** Highlights the lines overlapping the source range [from, to) and scrolls the first of them into view. */
    void highlight(int from, int to) {
        this.from = from;
        this.to = to;
        for (int i = 0; i < shown.size(); i++) {
            HBox row = (HBox) lines.getChildren().get(i);
            row.getStyleClass().remove(CURRENT);
            if (shown.get(i).overlaps(from, to)) {
                row.getStyleClass().add(CURRENT);
            }
        }
        scrollPending = true;
        scrollIfPending();
    }

    /** The rows now highlighted (for tests and the screenshot hook). */
    List<HBox> highlightedRows() {
        return lines.getChildren().stream().map(HBox.class::cast).filter(r -> r.getStyleClass().contains(CURRENT)).toList();
    }

    private void rebuild(List<SourceLine> source) {
        shown.clear();
        shown.addAll(source);
        List<HBox> rows = new ArrayList<>(source.size());
        for (SourceLine line : source) {
            Label number = new Label(String.valueOf(line.number()));
            number.getStyleClass().add("plan-source-number");
            Text body = new Text(line.text());
            body.getStyleClass().add("plan-source-text");
            body.wrappingWidthProperty().bind(widthProperty().subtract(64));
            HBox row = new HBox(6, number, body);
            row.getStyleClass().add("plan-source-line");
            rows.add(row);
        }
        lines.getChildren().setAll(rows);
        if (from >= 0) {
            highlight(from, to);
        }
    }

    private void scrollIfPending() {
        if (!scrollPending) {
            return;
        }
        double viewport = getViewportBounds().getHeight();
        double content = lines.getHeight();
        if (viewport <= 0 || content <= 0) {
            return;   // not laid out yet: the listeners call again
        }
        scrollPending = false;
        lines.layout();   // place the rows now: this may run inside the pass that only just sized the box
        content = lines.getHeight();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).overlaps(from, to)) {
                HBox row = (HBox) lines.getChildren().get(Math.max(0, i - 2));
                double y = row.getBoundsInParent().getMinY();
                setVvalue(content <= viewport ? 0 : Math.min(1, y / (content - viewport)));
                return;
            }
        }
    }
}
