// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor of sections 一, 五, 六: one paragraph per line; a line starting with （一）… is a second-level
 * heading (Kai in the PDF). 「插入小标题」 adds the next （n） at the caret's line.
 */
final class NarrativeEditor extends VBox {

    private final TextArea overview = area(12);
    private final TextArea problems = area(7);
    private final TextArea otherMatters = area(4);
    private TextArea lastFocused = overview;

    NarrativeEditor(NarrativeViewModel model) {
        super(10);
        setPadding(new Insets(12));
        Button draft = new Button(Texts.get("report.narrative.generate"), new FontIcon("mdi2a-auto-fix"));
        draft.setTooltip(new Tooltip(Texts.get("report.narrative.generateTip")));
        draft.setOnAction(e -> model.generateDraft());
        Button heading = new Button(Texts.get("report.narrative.insertHeading"), new FontIcon("mdi2f-format-list-numbered"));
        heading.setOnAction(e -> insertHeading());
        Button save = new Button(Texts.get("report.narrative.save"), new FontIcon("mdi2c-content-save"));
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()).or(model.editableProperty().not()));
        draft.disableProperty().bind(model.busyProperty().or(model.editableProperty().not()));
        heading.disableProperty().bind(model.editableProperty().not());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, draft, heading, save, spacer, message);

        overview.textProperty().bindBidirectional(model.overviewProperty());
        problems.textProperty().bindBidirectional(model.problemsProperty());
        otherMatters.textProperty().bindBidirectional(model.otherMattersProperty());
        for (TextArea a : new TextArea[] {overview, problems, otherMatters}) {
            a.editableProperty().bind(model.editableProperty());
            a.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    lastFocused = a;
                }
            });
        }
        VBox sections = new VBox(6,
                title(ReportSection.OVERVIEW), overview,
                title(ReportSection.PROBLEMS), problems,
                title(ReportSection.OTHER_MATTERS), otherMatters);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, new Label(Texts.get("report.narrative.hint")), scroll);
    }

    TextArea area(ReportSection section) {
        switch (section) {
            case OVERVIEW:
                return overview;
            case PROBLEMS:
                return problems;
            default:
                return otherMatters;
        }
    }

    /** Takes the user to a place a check points at. */
    void reveal(ReportSection section, int start, int end) {
        TextArea a = area(section);
        a.requestFocus();
        if (start >= 0 && end <= a.getLength()) {
            a.selectRange(start, end);
        } else {
            a.positionCaret(0);
        }
    }

    private void insertHeading() {
        TextArea a = lastFocused;
        int caret = a.getCaretPosition();
        String before = a.getText().substring(0, caret);
        int lineStart = before.lastIndexOf('\n') + 1;
        String heading = NarrativeViewModel.nextHeading(before);
        String prefix = caret == lineStart ? "" : "\n";
        a.insertText(caret, prefix + heading);
        a.requestFocus();
    }

    private static Label title(ReportSection section) {
        Label l = new Label(section.title());
        l.getStyleClass().add("section-title");
        return l;
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.getStyleClass().add("rg-narrative");
        return a;
    }
}
