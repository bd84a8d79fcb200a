// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.CheckBoxTreeTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.disclosuredesk.plan.UnitResolution;
import org.disclosuredesk.shared.UnitMatcher;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import review: the plan's items as a tree beside the source text (the selected item's lines
 * highlighted), an editor for the selected item, and the unit names the directory does not know with
 * the closest known units to link them to. Nothing is stored until 保存方案.
 */
final class PlanImportReviewView extends BorderPane {

    private final PlanImportReviewViewModel model;
    private final TreeTableView<ReviewItem> tree = new TreeTableView<>();
    private final SourceTextPane source;
    private final TextArea text = new TextArea();
    private final TextField lead = new TextField();
    private final TextField responsible = new TextField();
    private final TextField deadline = new TextField();
    private final TextField dueDate = new TextField();
    private final CheckBox included = new CheckBox(Texts.get("plan.review.include"));
    private final VBox unknownBox = new VBox(6);
    private final Map<ReviewItem, TreeItem<ReviewItem>> treeItems = new HashMap<>();
    private ReviewItem bound;

    PlanImportReviewView(PlanImportReviewViewModel model, Runnable onSave, Runnable onDiscard) {
        this.model = model;
        this.source = new SourceTextPane(model.sourceLines());
        getStyleClass().add("plan-review");
        setPadding(new Insets(16, 24, 10, 24));
        setTop(header(onSave, onDiscard));

        buildTree();
        VBox left = new VBox(8, tree, editor());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label sourceTitle = new Label();
        sourceTitle.textProperty().bind(javafx.beans.binding.Bindings.concat(Texts.get("plan.review.source"), "　", model.sourceNameProperty()));
        sourceTitle.getStyleClass().add("section-title");
        VBox right = new VBox(6, sourceTitle, source);
        VBox.setVgrow(source, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.64);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        setCenter(split);

        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        BorderPane.setMargin(message, new Insets(6, 0, 0, 0));
        setBottom(message);

        model.items().addListener((ListChangeListener<ReviewItem>) c -> rebuildTree());
        model.selectedProperty().addListener((obs, old, item) -> select(item));
        model.selectedUnknownUnits().addListener((ListChangeListener<UnknownUnit>) c -> showUnknown());
        setOnKeyPressed(e -> {
            if (Shortcuts.SAVE.match(e)) {
                onSave.run();
                e.consume();
            }
        });
    }

    private VBox header(Runnable onSave, Runnable onDiscard) {
        Label title = new Label(Texts.get("plan.review.title"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("muted");
        Button discard = new Button(Texts.get("plan.review.discard"), new FontIcon("mdi2c-close"));
        discard.setOnAction(e -> onDiscard.run());
        Button save = new Button();
        save.textProperty().bind(model.saveTextProperty());
        save.setGraphic(new FontIcon("mdi2c-content-save-outline"));
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip(Texts.get("plan.review.saveTip")));
        save.setOnAction(e -> onSave.run());
        save.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        discard.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, title, spacer, discard, save);
        top.setAlignment(Pos.CENTER_LEFT);
        summary.setWrapText(true);

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(2);
        TextField planTitle = field(model.titleProperty());
        TextField year = field(model.yearProperty());
        year.setPrefColumnCount(5);
        TextField issuer = field(model.issuerProperty());
        TextField docNumber = field(model.docNumberProperty());
        fields.addRow(0, caption("plan.review.planTitle"), planTitle, caption("plan.review.year"), year,
                caption("plan.review.issuer"), issuer, caption("plan.review.docNumber"), docNumber);
        fields.add(error(model.titleErrorProperty()), 1, 1);
        fields.add(error(model.yearErrorProperty()), 3, 1, 3, 1);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        planTitle.setPrefColumnCount(26);
        return new VBox(8, top, fields, summary);
    }

    private void buildTree() {
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<ReviewItem, Boolean> include = new TreeTableColumn<>();
        include.setGraphic(new FontIcon("mdi2c-checkbox-marked-outline"));
        include.setPrefWidth(40);
        include.setMinWidth(40);
        include.setCellValueFactory(f -> f.getValue().getValue() == null || f.getValue().getValue().heading()
                ? null : f.getValue().getValue().includedProperty());
        include.setCellFactory(col -> new CheckBoxTreeTableCell<>() {
            @Override
            public void updateItem(Boolean value, boolean empty) {
                super.updateItem(value, empty);
                ReviewItem item = getTableRow() == null ? null : getTableRow().getItem();
                if (item == null || item.heading()) {
                    setGraphic(null);
                }
            }
        });
        include.setEditable(true);
        tree.getColumns().add(include);
        TreeTableColumn<ReviewItem, String> number = column(Texts.get("plan.col.number"), 130, 124,
                i -> i.path().isEmpty() ? "" : i.path().get(i.path().size() - 1));
        tree.getColumns().add(number);
        tree.setTreeColumn(number);
        tree.getColumns().add(doubtColumn());
        // Minimum widths keep a date and a short phrase whole: squeezed to fit, the task text gives way first.
        tree.getColumns().add(column(Texts.get("plan.col.task"), 220, 120, i -> firstLine(i.textProperty().get())));
        TreeTableColumn<ReviewItem, ReviewItem> leadCol = unitColumn(Texts.get("plan.col.lead"), true);
        TreeTableColumn<ReviewItem, ReviewItem> respCol = unitColumn(Texts.get("plan.col.responsible"), false);
        tree.getColumns().add(leadCol);
        tree.getColumns().add(respCol);
        tree.getColumns().add(column(Texts.get("plan.col.deadline"), 110, 100, i -> i.heading() ? "" : i.deadlineProperty().get()));
        TreeTableColumn<ReviewItem, String> due = column(Texts.get("plan.review.dueDate"), 92, 92,
                i -> i.dueDateProperty().get() == null ? "" : i.dueDateProperty().get().toString());
        due.setId("plan-review-due");
        tree.getColumns().add(due);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null) {
                model.selectedProperty().set(item.getValue());
            }
        });
        tree.setPlaceholder(new Label(Texts.get("plan.review.noItems")));
    }

    /** 「需核对」: what the reader guessed in the item (text, units, time limit), with a warning icon. */
    private static TreeTableColumn<ReviewItem, String> doubtColumn() {
        TreeTableColumn<ReviewItem, String> c = new TreeTableColumn<>(Texts.get("plan.review.col.doubt"));
        c.setPrefWidth(84);
        c.setMinWidth(64);
        c.setEditable(false);
        c.setCellValueFactory(f -> {
            ReviewItem item = f.getValue().getValue();
            if (item == null) {
                return new ReadOnlyStringWrapper("");
            }
            return javafx.beans.binding.Bindings.createStringBinding(() -> String.join("、",
                    item.doubtsProperty().get().stream().sorted().map(PlanImportReviewView::doubtWord).toList()), item.doubtsProperty());
        });
        c.setCellFactory(col -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                boolean show = !empty && value != null && !value.isEmpty();
                setText(show ? value : null);
                setGraphic(show ? new FontIcon("mdi2a-alert-outline") : null);
                getStyleClass().remove("plan-review-doubt");
                if (show) {
                    getStyleClass().add("plan-review-doubt");
                }
            }
        });
        return c;
    }

    private static String doubtWord(org.disclosuredesk.plan.Doubt d) {
        return switch (d) {
            case TEXT -> Texts.get("plan.review.doubt.text");
            case UNITS -> Texts.get("plan.review.doubt.units");
            case DEADLINE -> Texts.get("plan.review.doubt.deadline");
        };
    }

    private static TreeTableColumn<ReviewItem, String> column(String title, double width, double minWidth,
            Function<ReviewItem, String> value) {
        TreeTableColumn<ReviewItem, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        c.setEditable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        return c;
    }

    /** Unit names, each its own label; names the directory does not know are highlighted. */
    private TreeTableColumn<ReviewItem, ReviewItem> unitColumn(String title, boolean leads) {
        TreeTableColumn<ReviewItem, ReviewItem> c = new TreeTableColumn<>(title);
        c.setPrefWidth(leads ? 100 : 130);
        c.setMinWidth(leads ? 84 : 100);
        c.setEditable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(ReviewItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.heading()) {
                    setGraphic(null);
                    return;
                }
                FlowPane names = new FlowPane(4, 2);
                for (String name : leads ? item.leadNames() : item.responsibleNames()) {
                    Label l = new Label(name);
                    l.getStyleClass().add(model.isUnresolved(name) ? "plan-unit-unknown" : "plan-unit");
                    names.getChildren().add(l);
                }
                setGraphic(names);
            }
        });
        return c;
    }

    private VBox editor() {
        text.setWrapText(true);
        text.setPrefRowCount(3);
        lead.setPromptText(Texts.get("plan.review.unitsPrompt"));
        responsible.setPromptText(Texts.get("plan.review.unitsPrompt"));
        deadline.setPromptText(Texts.get("plan.review.deadlinePrompt"));
        dueDate.setPromptText(Texts.get("plan.review.dueDatePrompt"));
        dueDate.setPrefColumnCount(9);
        commitOnLeave(lead, this::unitsEdited);
        commitOnLeave(responsible, this::unitsEdited);
        commitOnLeave(deadline, () -> {
            if (bound != null) {
                model.deadlineEdited(bound);
                showDueDate();
                tree.refresh();
            }
        });
        commitOnLeave(dueDate, () -> {
            if (bound != null && model.setDueDate(bound, dueDate.getText())) {
                tree.refresh();
            }
        });
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                tree.refresh();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(caption("plan.review.text"), 0, 0);
        grid.add(text, 1, 0, 3, 1);
        grid.addRow(1, caption("plan.col.lead"), lead, caption("plan.col.responsible"), responsible);
        HBox due = new HBox(8, dueDate, error(model.dueDateErrorProperty()), included);
        due.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, caption("plan.col.deadline"), deadline, caption("plan.review.dueDate"), due);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow, new ColumnConstraints(), grow);
        VBox box = new VBox(6, grid, unknownBox);
        box.getStyleClass().add("plan-editor");
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }

    private void unitsEdited() {
        model.unitsEdited();
        tree.refresh();
    }

    private void rebuildTree() {
        TreeItem<ReviewItem> root = new TreeItem<>();
        treeItems.clear();
        List<ReviewItem> items = model.items();
        for (ReviewItem item : items) {
            TreeItem<ReviewItem> node = new TreeItem<>(item);
            node.setExpanded(true);
            treeItems.put(item, node);
            TreeItem<ReviewItem> parent = item.parent() < 0 ? root : treeItems.getOrDefault(items.get(item.parent()), root);
            parent.getChildren().add(node);
        }
        tree.setRoot(root);
    }

    private void select(ReviewItem item) {
        if (bound != null) {
            text.textProperty().unbindBidirectional(bound.textProperty());
            lead.textProperty().unbindBidirectional(bound.leadProperty());
            responsible.textProperty().unbindBidirectional(bound.responsibleProperty());
            deadline.textProperty().unbindBidirectional(bound.deadlineProperty());
            included.selectedProperty().unbindBidirectional(bound.includedProperty());
        }
        bound = item;
        boolean task = item != null && !item.heading();
        for (javafx.scene.Node n : List.of(lead, responsible, deadline, dueDate, included)) {
            n.setDisable(!task);
        }
        if (item == null) {
            return;
        }
        text.textProperty().bindBidirectional(item.textProperty());
        lead.textProperty().bindBidirectional(item.leadProperty());
        responsible.textProperty().bindBidirectional(item.responsibleProperty());
        deadline.textProperty().bindBidirectional(item.deadlineProperty());
        included.selectedProperty().bindBidirectional(item.includedProperty());
        showDueDate();
        TreeItem<ReviewItem> node = treeItems.get(item);
        if (node != null && tree.getSelectionModel().getSelectedItem() != node) {
            tree.getSelectionModel().select(node);
            tree.scrollTo(Math.max(0, tree.getRow(node) - 2));
        }
        source.highlight(item.sourceStart(), item.sourceEnd());
    }

    private void showDueDate() {
        dueDate.setText(bound == null || bound.dueDateProperty().get() == null ? "" : bound.dueDateProperty().get().toString());
    }

    private void showUnknown() {
        unknownBox.getChildren().clear();
        for (UnknownUnit u : model.selectedUnknownUnits()) {
            Label name = new Label(u.written());
            name.getStyleClass().add(u.resolution() == null ? "plan-unit-unknown" : "plan-unit");
            HBox row = new HBox(6, new FontIcon(u.resolution() == null ? "mdi2h-help-circle-outline" : "mdi2c-check-circle-outline"), name);
            row.setAlignment(Pos.CENTER_LEFT);
            if (u.resolution() == null) {
                row.getChildren().add(new Label(Texts.get("plan.review.notInDirectory")));
                for (UnitMatcher.Suggestion s : u.suggestions()) {
                    Button link = new Button(Texts.get("plan.review.linkTo", s.unit().name()));
                    link.setTooltip(new Tooltip(Texts.get("plan.review.linkTip", u.written(), s.unit().name())));
                    link.setOnAction(e -> {
                        model.link(u.written(), s.unit());
                        tree.refresh();
                    });
                    row.getChildren().add(link);
                }
                Button add = new Button(Texts.get("plan.review.addUnit"), new FontIcon("mdi2p-plus"));
                add.setOnAction(e -> {
                    model.addToDirectory(u.written());
                    tree.refresh();
                });
                row.getChildren().add(add);
            } else {
                row.getChildren().add(new Label(u.resolution().choice() == UnitResolution.Choice.ADD
                        ? Texts.get("plan.review.willAdd") : Texts.get("plan.review.linked", u.linkedName())));
                Button undo = new Button(Texts.get("plan.review.undoLink"), new FontIcon("mdi2u-undo"));
                undo.setOnAction(e -> {
                    model.leaveUnlinked(u.written());
                    tree.refresh();
                });
                row.getChildren().add(undo);
            }
            unknownBox.getChildren().add(row);
        }
    }

    private static void commitOnLeave(TextField field, Runnable commit) {
        field.setOnAction(e -> {
            commit.run();
            e.consume();
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    private static TextField field(javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Label caption(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label error(javafx.beans.value.ObservableValue<String> message) {
        Label l = new Label();
        l.textProperty().bind(message);
        l.getStyleClass().add("error-text");
        return l;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n", 2)[0];
    }
}
