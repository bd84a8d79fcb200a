// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 设置 → 工作日历: a year selector, the twelve months with holidays and 调休 working days marked, a
 * banner for a year without its notice (「日历未更新」), and the paste-a-notice column.
 */
public final class CalendarSettingsPane extends BorderPane {

    private static final PseudoClass NOT_UPDATED = PseudoClass.getPseudoClass("not-updated");

    private final CalendarSettingsViewModel model;
    private final GridPane months = new GridPane();
    private final ContextMenu dayMenu = new ContextMenu();
    private final LocalDate today;

    public CalendarSettingsPane(CalendarContext context) {
        TaskExecutor executor = context.executor();
        this.model = new CalendarSettingsViewModel(context.calendar(), executor, context.clock());
        this.today = LocalDate.now(context.clock());
        getStyleClass().add("calendar-settings");
        getStylesheets().add(CalendarSettingsPane.class.getResource("/css/calendar.css").toExternalForm());
        setPadding(new Insets(16));

        months.getStyleClass().add("months");
        months.setHgap(16);
        months.setVgap(6);
        model.gridProperty().addListener((o, old, grid) -> showGrid(grid));

        VBox left = new VBox(8, header(), months, footer(), message());
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        NoticePanel notice = new NoticePanel(model);
        ScrollPane noticeScroll = new ScrollPane(notice);
        noticeScroll.setFitToWidth(true);
        noticeScroll.getStyleClass().add("edge-to-edge");
        noticeScroll.setPrefWidth(350);
        noticeScroll.setMinWidth(300);
        BorderPane.setMargin(noticeScroll, new Insets(0, 0, 0, 20));
        setRight(noticeScroll);
        model.load();
    }

    private HBox header() {
        Button previous = iconButton("mdi2c-chevron-left", Texts.get("calendar.year.previous"));
        previous.setOnAction(e -> model.previousYear());
        Button next = iconButton("mdi2c-chevron-right", Texts.get("calendar.year.next"));
        next.setOnAction(e -> model.nextYear());
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("calendarYear");
        year.valueProperty().bindBidirectional(model.yearProperty());
        year.setAccessibleText(Texts.get("calendar.year.label"));
        year.setTooltip(new Tooltip(Texts.get("calendar.year.label")));
        year.setPrefWidth(96);
        Label basis = basis();
        HBox.setHgrow(basis, Priority.ALWAYS);
        HBox header = new HBox(6, previous, year, next, basis);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** The notice the year follows, or the 「日历未更新」 warning with the prompt to paste the notice. */
    private Label basis() {
        Label basis = new Label();
        basis.setId("calendarBasis");
        basis.getStyleClass().add("calendar-basis");
        basis.textProperty().bind(model.basisProperty());
        FontIcon warning = new FontIcon("mdi2c-calendar-alert");
        basis.graphicProperty().bind(javafx.beans.binding.Bindings.when(model.coveredProperty()).then((javafx.scene.Node) null).otherwise(warning));
        model.coveredProperty().addListener((o, was, covered) -> basis.pseudoClassStateChanged(NOT_UPDATED, !covered));
        basis.setMinWidth(0);
        basis.setMaxWidth(Double.MAX_VALUE);
        basis.setPadding(new Insets(0, 0, 0, 8));
        return basis;
    }

    private HBox legend() {
        HBox legend = new HBox(12,
                swatch("day-holiday", Texts.get("calendar.legend.holiday")),
                swatch("day-shifted", Texts.get("calendar.legend.shifted")),
                swatch("day-weekend", Texts.get("calendar.legend.weekend")));
        legend.setAlignment(Pos.CENTER_RIGHT);
        return legend;
    }

    private HBox footer() {
        Label summary = new Label();
        summary.setId("calendarSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(16, summary, spacer, legend());
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private Label message() {
        Label message = new Label();
        message.setId("calendarMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.messageProperty()));
        return message;
    }

    private static HBox swatch(String styleClass, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("swatch", styleClass);
        HBox item = new HBox(6, box, new Label(text));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private static Button iconButton(String icon, String tooltip) {
        Button button = new Button("", new FontIcon(icon));
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.getStyleClass().add("flat");
        return button;
    }

    private void showGrid(YearGrid grid) {
        months.getChildren().clear();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            List<DayCell> days = grid.days().stream().filter(d -> d.date().getMonthValue() == m).collect(Collectors.toList());
            months.add(new MonthView(month, days, today, this::choose), (month - 1) % 4, (month - 1) / 4);
        }
    }

    /** A day's menu: what the day can be made, each item saying its action. */
    private void choose(DayCell day, Button button) {
        MenuItem holiday = new MenuItem(Texts.get("calendar.menu.holiday", day.date().toString()));
        holiday.setOnAction(e -> model.setDay(day.date(), DayKind.HOLIDAY));
        holiday.setDisable(!day.canBeHoliday());
        MenuItem shifted = new MenuItem(Texts.get("calendar.menu.shifted", day.date().toString()));
        shifted.setOnAction(e -> model.setDay(day.date(), DayKind.WORKDAY));
        shifted.setDisable(!day.canBeShiftedWorkday());
        MenuItem ordinary = new MenuItem(Texts.get("calendar.menu.ordinary", day.date().toString()));
        ordinary.setOnAction(e -> model.setDay(day.date(), null));
        ordinary.setDisable(!day.canBeOrdinary());
        dayMenu.getItems().setAll(holiday, shifted, ordinary);
        dayMenu.show(button, Side.BOTTOM, 0, 0);
    }
}
