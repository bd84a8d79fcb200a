// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The holiday data that ships with the app ({@code calendar/years.csv}, {@code calendar/holidays.csv}),
 * typed from the State Council notices 2019–2026. Data, not logic: a new year comes from its notice.
 */
// [impl->req~calendar.shipped-data~1]
public final class ShippedHolidays {

    private static final String YEARS = "/calendar/years.csv";
    private static final String DAYS = "/calendar/holidays.csv";

    private ShippedHolidays() {
    }

    /** Every shipped year, in year order. */
    public static List<CalendarYear> years() {
        Map<Integer, String> titles = new LinkedHashMap<>();
        for (String[] row : rows(YEARS, 2)) {
            titles.put(Integer.valueOf(row[0]), row[1]);
        }
        Map<Integer, List<CalendarDay>> days = new LinkedHashMap<>();
        titles.keySet().forEach(y -> days.put(y, new ArrayList<>()));
        for (String[] row : rows(DAYS, 4)) {
            LocalDate date = LocalDate.parse(row[0]);
            List<CalendarDay> ofYear = days.get(date.getYear());
            if (ofYear == null) {
                throw new IllegalStateException(DAYS + ": " + date + " is in a year missing from " + YEARS);
            }
            ofYear.add(new CalendarDay(date, DayKind.valueOf(row[1]), row[2], row[3]));
        }
        List<CalendarYear> result = new ArrayList<>();
        titles.forEach((year, title) -> result.add(new CalendarYear(year, title, days.get(year))));
        return result;
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ShippedHolidays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
