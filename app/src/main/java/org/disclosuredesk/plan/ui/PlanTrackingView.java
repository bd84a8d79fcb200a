// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.disclosuredesk.plan.PlanSummary;
import org.disclosuredesk.plan.PlanTracking;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.print.FxPagePrinter;
import org.disclosuredesk.ui.kit.print.PrintPreviewDialog;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 工作方案 → tracking: the plan chosen above, its completion, its tasks in four views (plan tree, by
 * unit, by due month, overdue and due within 30 days) beside the selected task's details.
 */
final class PlanTrackingView extends BorderPane {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy年M月");

    private final PlanTrackingViewModel model;
    private final TreeTableView<TrackingRow> byPlan;
    private final TreeTableView<TrackingRow> byUnit;
    private final TreeTableView<TrackingRow> byMonth;

    PlanTrackingView(PlanTrackingViewModel model, Consumer<Path> importFile, Runnable importText, javafx.scene.Node history) {
        this.model = model;
        getStyleClass().add("plan-tracking");
        setPadding(new Insets(20, 24, 12, 24));

        Label title = new Label(Texts.get("plan.title"));
        title.getStyleClass().add("screen-title");
        ComboBox<PlanSummary> plans = new ComboBox<>(model.plans());
        plans.valueProperty().bindBidirectional(model.planProperty());
        plans.setPromptText(Texts.get("plan.track.noPlan"));
        plans.setPrefWidth(360);
        plans.setAccessibleText(Texts.get("plan.track.choosePlan"));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.completionFractionProperty());
        bar.setPrefWidth(140);
        Label completion = new Label();
        completion.textProperty().bind(model.completionProperty());
        completion.getStyleClass().add("muted");
        Button open = new Button(Texts.get("plan.track.importFile"), new FontIcon("mdi2f-file-import-outline"));
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("plan.track.importFile"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Texts.get("plan.track.planFiles"), "*.docx", "*.txt"),
                    new FileChooser.ExtensionFilter(Texts.get("plan.track.allFiles"), "*.*"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                importFile.accept(f.toPath());
            }
        });
        Button paste = new Button(Texts.get("plan.track.importText"), new FontIcon("mdi2c-content-paste"));
        paste.setOnAction(e -> importText.run());
        MenuButton export = new MenuButton(Texts.get("plan.track.export"), new FontIcon("mdi2t-table-arrow-right"));
        MenuItem xlsx = new MenuItem(Texts.get("plan.track.exportXlsx"), new FontIcon("mdi2f-file-excel-outline"));
        xlsx.setOnAction(e -> chooseExport("xlsx", model::exportXlsx));
        MenuItem pdf = new MenuItem(Texts.get("plan.track.exportPdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setOnAction(e -> chooseExport("pdf", model::exportPdf));
        MenuItem print = new MenuItem(Texts.get("print.plan"), new FontIcon("mdi2p-printer"));
        print.setOnAction(e -> model.printPreview(new FxPagePrinter())
                .ifPresent(preview -> PrintPreviewDialog.open(getScene().getWindow(), Texts.get("print.planTitle"), preview)));
        export.getItems().addAll(xlsx, pdf, print);
        export.disableProperty().bind(model.planProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, open, paste, export);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox chooser = new HBox(12, plans, bar, completion);
        chooser.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(10, top, chooser));

        byPlan = TaskTreeTable.create(true, model.todayProperty()::get, model.taskProperty()::set);
        byPlan.getStyleClass().add("plan-by-plan");
        byUnit = TaskTreeTable.create(false, model.todayProperty()::get, model.taskProperty()::set);
        byUnit.getStyleClass().add("plan-by-unit");
        byMonth = TaskTreeTable.create(false, model.todayProperty()::get, model.taskProperty()::set);
        TabPane tabs = new TabPane(
                tab(Texts.get("plan.track.tabPlan"), byPlan),
                tab(Texts.get("plan.track.tabUnit"), byUnit),
                tab(Texts.get("plan.track.tabMonth"), byMonth),
                tab(Texts.get("plan.track.tabDue"), dueLists()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The task table keeps room for 工作任务 on a 1024-pixel screen; the detail pane gives way.
        tabs.setMinWidth(580);
        SplitPane split = new SplitPane(tabs, new TaskDetailPane(model, history));
        split.setDividerPositions(0.62);
        BorderPane.setMargin(split, new Insets(14, 0, 0, 0));
        setCenter(split);

        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        setBottom(message);

        model.items().addListener((javafx.collections.ListChangeListener<TrackedTask>) c -> rebuild());
        model.taskProperty().addListener((obs, old, t) -> reveal(t));
    }

    private void chooseExport(String extension, Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("plan.track.export"));
        PlanSummary p = model.planProperty().get();
        chooser.setInitialFileName((p == null ? "" : p.title()) + "任务分工表." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            export.accept(f.toPath());
        }
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        return new Tab(title, content);
    }

    /** The four views from the plan's items. */
    private void rebuild() {
        List<TrackedTask> items = model.items();
        TreeItem<TrackingRow> planRoot = new TreeItem<>();
        Map<Long, TreeItem<TrackingRow>> byId = new HashMap<>();
        for (TrackedTask t : items) {
            TreeItem<TrackingRow> node = new TreeItem<>(TrackingRow.of(t));
            node.setExpanded(true);
            byId.put(t.id(), node);
            TreeItem<TrackingRow> parent = t.parentId() == null ? planRoot : byId.getOrDefault(t.parentId(), planRoot);
            parent.getChildren().add(node);
        }
        byPlan.setRoot(planRoot);

        TreeItem<TrackingRow> unitRoot = new TreeItem<>();
        for (PlanTracking.UnitGroup g : model.unitGroups()) {
            TreeItem<TrackingRow> group = new TreeItem<>(TrackingRow.group(g.unit(),
                    Texts.get("plan.track.unitFigure", g.completion().done(), g.completion().applicable(), g.completion().percent())));
            g.tasks().forEach(t -> group.getChildren().add(new TreeItem<>(TrackingRow.of(t))));
            unitRoot.getChildren().add(group);
        }
        byUnit.setRoot(unitRoot);

        TreeItem<TrackingRow> monthRoot = new TreeItem<>();
        for (PlanTracking.MonthGroup g : model.monthGroups()) {
            String name = g.month() == null ? Texts.get("plan.track.noDate") : MONTH.format(g.month());
            TreeItem<TrackingRow> group = new TreeItem<>(TrackingRow.group(name, Texts.get("plan.track.monthFigure", g.tasks().size())));
            group.setExpanded(true);
            g.tasks().forEach(t -> group.getChildren().add(new TreeItem<>(TrackingRow.of(t))));
            monthRoot.getChildren().add(group);
        }
        byMonth.setRoot(monthRoot);
    }

    private void reveal(TrackedTask t) {
        if (t == null || byPlan.getRoot() == null) {
            return;
        }
        find(byPlan.getRoot(), t.id()).ifPresent(item -> {
            if (byPlan.getSelectionModel().getSelectedItem() != item) {
                byPlan.getSelectionModel().select(item);
                int row = byPlan.getRow(item);
                if (row >= 0) {
                    byPlan.scrollTo(Math.max(0, row - 3));
                }
            }
        });
    }

    private static java.util.Optional<TreeItem<TrackingRow>> find(TreeItem<TrackingRow> root, long id) {
        for (TreeItem<TrackingRow> child : root.getChildren()) {
            if (child.getValue() != null && !child.getValue().isGroup() && child.getValue().task().id() == id) {
                return java.util.Optional.of(child);
            }
            java.util.Optional<TreeItem<TrackingRow>> deeper = find(child, id);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return java.util.Optional.empty();
    }

    private HBox dueLists() {
        HBox box = new HBox(14, dueBox(Texts.get("plan.track.overdueList"), model.overdue(), true),
                dueBox(Texts.get("plan.track.dueSoonList"), model.dueSoon(), false));
        box.setPadding(new Insets(10));
        return box;
    }

    private VBox dueBox(String caption, javafx.collections.ObservableList<TrackedTask> tasks, boolean overdue) {
        Label title = new Label(caption);
        title.getStyleClass().add("section-title");
        ListView<TrackedTask> list = new ListView<>(tasks);
        list.setPlaceholder(new Label(Texts.get("plan.track.nothingDue")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TrackedTask t, boolean empty) {
                super.updateItem(t, empty);
                getStyleClass().remove("overdue");
                if (empty || t == null) {
                    setText(null);
                    return;
                }
                setText(Texts.get(overdue ? "plan.track.overdueItem" : "plan.track.dueItem", t.dueDate(), t.label(), t.shortTitle()));
                setWrapText(true);
                setPrefWidth(0);
                if (overdue) {
                    getStyleClass().add("overdue");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (t != null) {
                model.taskProperty().set(t);
            }
        });
        VBox box = new VBox(6, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(0);
        return box;
    }
}
