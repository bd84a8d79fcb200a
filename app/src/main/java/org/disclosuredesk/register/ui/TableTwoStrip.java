// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.register.TableTwoFigures;
import org.disclosuredesk.register.TableTwoMeasure;
import org.disclosuredesk.register.YearlyStatistics;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The year's table 二 at the top of the register, as the annual report will print it. Every figure
 * counted from the register is a link to the documents behind it; the rows from the yearly form open it.
 * The yearly form's figures go under table 二 when the list is narrow (a document's panel open at 1024 px)
 * rather than every heading shrinking to 「本…」.
 */
final class TableTwoStrip extends FlowPane {

    private final List<Hyperlink> links = new ArrayList<>();
    private final Label licensing = value();
    private final Label penalty = value();
    private final Label coercion = value();
    private final Label fee = value();
    private final Label notEntered = new Label(Texts.get("register.figures.notEntered"));
    private final Label caption = new Label();

    TableTwoStrip(BiConsumer<DocType, TableTwoMeasure> onFigure, Runnable onEditStatistics) {
        getStyleClass().add("table-two");
        setHgap(48);
        setVgap(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(10, 16, 10, 16));

        GridPane counted = new GridPane();
        counted.setHgap(18);
        counted.setVgap(2);
        caption.getStyleClass().add("table-two-caption");
        counted.add(caption, 0, 0);
        int col = 1;
        for (TableTwoMeasure m : TableTwoMeasure.values()) {
            Label head = new Label(m.label());
            head.getStyleClass().add("table-two-head");
            counted.add(head, col++, 0);
        }
        int row = 1;
        for (DocType type : List.of(DocType.RULE, DocType.NORMATIVE_DOCUMENT)) {
            Label label = new Label(type.label());
            label.getStyleClass().add("table-two-label");
            counted.add(label, 0, row);
            col = 1;
            for (TableTwoMeasure m : TableTwoMeasure.values()) {
                Hyperlink link = new Hyperlink("–");
                link.getStyleClass().add("table-two-figure");
                link.setUserData(new Object[] {type, m});
                link.setTooltip(new Tooltip(Texts.get("register.figures.showList", type.label(), m.label())));
                link.setOnAction(e -> onFigure.accept(type, m));
                links.add(link);
                counted.add(link, col++, row);
            }
            row++;
        }

        GridPane entered = new GridPane();
        entered.setHgap(18);
        entered.setVgap(2);
        entered.add(head(Texts.get("register.figures.licensing")), 0, 0);
        entered.add(head(Texts.get("register.figures.penalty")), 1, 0);
        entered.add(head(Texts.get("register.figures.coercion")), 2, 0);
        entered.add(head(Texts.get("register.figures.fee")), 3, 0);
        entered.add(licensing, 0, 1);
        entered.add(penalty, 1, 1);
        entered.add(coercion, 2, 1);
        entered.add(fee, 3, 1);
        notEntered.getStyleClass().addAll("badge", "warning");
        Button edit = new Button(Texts.get("register.figures.edit"), new FontIcon("mdi2p-pencil-outline"));
        edit.getStyleClass().add("small");
        edit.setOnAction(e -> onEditStatistics.run());
        VBox right = new VBox(4, entered, new HBox(8, edit, notEntered));
        counted.setMinWidth(Region.USE_PREF_SIZE);
        right.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(counted, right);
    }

    void show(TableTwoFigures f) {
        if (f == null) {
            links.forEach(l -> l.setText("–"));
            return;
        }
        caption.setText(Texts.get("register.figures.caption", String.valueOf(f.year())));
        for (Hyperlink link : links) {
            Object[] key = (Object[]) link.getUserData();
            link.setText(String.valueOf(f.row((DocType) key[0]).get((TableTwoMeasure) key[1])));
        }
        YearlyStatistics s = f.statistics();
        licensing.setText(String.valueOf(s.licensingDecisions()));
        penalty.setText(String.valueOf(s.penaltyDecisions()));
        coercion.setText(String.valueOf(s.coercionDecisions()));
        fee.setText(s.adminFeeWanYuan().toPlainString());
        notEntered.setVisible(!s.entered());
        notEntered.setManaged(!s.entered());
    }

    List<Hyperlink> figureLinks() {
        return links;
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-two-head");
        return l;
    }

    private static Label value() {
        Label l = new Label("–");
        l.getStyleClass().add("table-two-value");
        return l;
    }
}
