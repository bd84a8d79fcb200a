// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.disclosuredesk.ui.kit.Texts;

/** One month of the year grid: Monday-first columns, one button per day, coloured by its {@link DayStyle}. */
final class MonthView extends VBox {

    MonthView(int month, List<DayCell> days, LocalDate today, BiConsumer<DayCell, Button> onChoose) {
        getStyleClass().add("month");
        Label title = new Label(Texts.get("calendar.month", month));
        title.getStyleClass().add("month-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("month-grid");
        String[] weekdays = Texts.get("calendar.weekdayHeader").split(" ");
        for (int c = 0; c < weekdays.length; c++) {
            Label head = new Label(weekdays[c]);
            head.getStyleClass().add(c >= 5 ? "weekday-head-weekend" : "weekday-head");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setAlignment(Pos.CENTER);
            grid.add(head, c, 0);
        }
        int row = 1;
        for (DayCell day : days) {
            int column = day.date().getDayOfWeek().getValue() - 1;
            grid.add(dayButton(day, today, onChoose), column, row);
            if (column == 6) {
                row++;
            }
        }
        getChildren().addAll(title, grid);
    }

    private static Button dayButton(DayCell day, LocalDate today, BiConsumer<DayCell, Button> onChoose) {
        Button button = new Button(String.valueOf(day.date().getDayOfMonth()));
        button.getStyleClass().addAll("day", day.style().styleClass());
        if (day.date().equals(today)) {
            button.getStyleClass().add("day-today");
        }
        button.setId("day-" + day.date());
        Tooltip tip = new Tooltip(day.description());
        tip.setShowDelay(Duration.millis(300));
        button.setTooltip(tip);
        button.setAccessibleText(day.description());
        button.setOnAction(e -> onChoose.accept(day, button));
        return button;
    }
}
