// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices.ui;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.requests.notices.NoticeFileType;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.requests.notices.RenderedNotice;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The notices of one request: the ones its steps call for on the left (issued or not), the selected
 * one's text on the right, and 出具 · 导出 PDF · 导出 Word · 打印 under it. Only binds; the model decides.
 */
public final class NoticesView extends BorderPane {

    public NoticesView(NoticesViewModel model, BiConsumer<NoticeFileType, String> chooseExport, Runnable close) {
        getStyleClass().add("notices-view");
        ListView<NoticeService.Entry> list = new ListView<>(model.entries());
        list.setId("noticeList");
        list.setPrefWidth(300);
        list.setMinWidth(220);
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> {
            if (e != null) {
                model.selectedProperty().set(e);
            }
        });
        model.selectedProperty().addListener((o, old, e) -> list.getSelectionModel().select(e));

        Label gaps = new Label();
        gaps.getStyleClass().add("warning-text");
        gaps.setWrapText(true);
        gaps.textProperty().bind(model.gapsProperty());
        gaps.managedProperty().bind(gaps.textProperty().isNotEmpty());
        TextArea text = new TextArea();
        text.setId("noticeText");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        model.shownProperty().addListener((o, old, n) -> text.setText(n == null ? "" : layout(n)));
        VBox right = new VBox(8, gaps, text);
        VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.3);
        setCenter(split);

        Button issue = new Button(Texts.get("notices.issue"), new FontIcon("mdi2s-stamper"));
        issue.setId("issueNotice");
        issue.getStyleClass().add("accent");
        issue.setTooltip(new Tooltip(Texts.get("notices.issueTip")));
        issue.disableProperty().bind(model.issuedBinding().or(model.selectedProperty().isNull()).or(model.busyProperty()));
        issue.setOnAction(e -> model.issue());
        Button pdf = new Button(Texts.get("notices.exportPdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setOnAction(e -> chooseExport.accept(NoticeFileType.PDF, model.fileName(NoticeFileType.PDF)));
        Button docx = new Button(Texts.get("notices.exportDocx"), new FontIcon("mdi2f-file-word-outline"));
        docx.setOnAction(e -> chooseExport.accept(NoticeFileType.DOCX, model.fileName(NoticeFileType.DOCX)));
        Button print = new Button(Texts.get("notices.print"), new FontIcon("mdi2p-printer-outline"));
        print.setId("printNotice");
        print.setOnAction(e -> model.print());
        for (Button b : new Button[] {pdf, docx, print}) {
            b.disableProperty().bind(model.issuedBinding().not().or(model.busyProperty()));
        }
        Label why = new Label(Texts.get("notices.issueFirst"));
        why.getStyleClass().add("muted");
        why.setWrapText(true);
        why.visibleProperty().bind(model.issuedBinding().not().and(model.selectedProperty().isNotNull()));
        why.managedProperty().bind(why.visibleProperty());
        Button closeButton = new Button(Texts.get("notices.close"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Label message = new Label();
        message.setId("noticeMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        FlowPane buttons = new FlowPane(8, 6, issue, pdf, docx, print, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(6, why, message, buttons);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);
        setPadding(new Insets(14, 16, 14, 16));
    }

    /** The text as it sits on the page: indents for the body, the seal line at the end. */
    static String layout(RenderedNotice n) {
        StringBuilder sb = new StringBuilder();
        sb.append(n.organName()).append('\n').append(n.title()).append("\n\n").append(n.number()).append("\n\n");
        sb.append(n.addressee()).append("：\n");
        n.paragraphs().forEach(p -> sb.append("　　").append(p).append('\n'));
        sb.append('\n').append(n.organName()).append('\n').append(org.disclosuredesk.requests.notices.Placeholder.date(n.issuedOn()));
        return sb.toString();
    }

    /** The notice's name, and under it 已出具 with number and date, or 未出具. */
    private static final class EntryCell extends ListCell<NoticeService.Entry> {
        @Override
        protected void updateItem(NoticeService.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(e.choice().label());
            setTooltip(new Tooltip(e.choice().label()));
            Label state = new Label(e.issued().map(n -> Texts.get("notices.issuedState", n.number().text(), n.text().issuedOn().toString()))
                    .orElse(Texts.get("notices.notIssued")));
            state.getStyleClass().add(e.issued().isPresent() ? "muted" : "warning-text");
            // Both lines wrap at the list's width (a split application's reply names its result and its items):
            // sized to their one-line text they ran off the list behind 「…」 and a sideways scroll bar.
            for (Label l : new Label[] {name, state}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.prefWidthProperty().bind(getListView().widthProperty().subtract(28));
                l.maxWidthProperty().bind(l.prefWidthProperty());
            }
            setPrefWidth(0);
            setText(null);
            setGraphic(new VBox(2, name, state));
        }
    }
}
