// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.time.LocalDate;
import java.util.function.IntSupplier;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Dates in the request list: 2025-03-05 while the date column is wide enough, 03-05 for a date in the
 * year the list shows once the table is narrow (1024 px), so received and due stay in view without
 * sideways scrolling. A date of another year (a request carried over) keeps its year on a line of its own
 * above the month and day: the rows are two lines high anyway, and 2025-12-29 cut to 「202…」 said nothing.
 */
final class ShortDates {

    /** The width a full date needs in the list's font, padding included. */
    static final double FULL_DATE_WIDTH = 92;

    private final IntSupplier shownYear;
    private boolean narrow;

    ShortDates(IntSupplier shownYear) {
        this.shownYear = shownYear;
    }

    String text(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (narrow) {
            String monthDay = date.toString().substring(5);
            return date.getYear() == shownYear.getAsInt() ? monthDay : date.getYear() + "\n" + monthDay;
        }
        return date.toString();
    }

    void narrow(boolean narrow) {
        this.narrow = narrow;
    }

    /**
     * Shortens or lengthens the dates as the column's width crosses what a full date needs; {@code onChange}
     * gets the new state (the headers shorten with them).
     */
    void follow(TableColumn<?, ?> column, TableView<?> table, java.util.function.Consumer<Boolean> onChange) {
        column.widthProperty().addListener((o, old, width) -> {
            boolean now = width.doubleValue() < FULL_DATE_WIDTH;
            if (now != narrow) {
                narrow(now);
                onChange.accept(now);
                table.refresh();
            }
        });
    }
}
