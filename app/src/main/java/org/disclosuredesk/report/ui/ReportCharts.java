// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.RequestRowDef;
import org.disclosuredesk.shared.ShippedFonts;
import org.disclosuredesk.ui.kit.Texts;

/**
 * What a person would rather look at than read: requests received per month (this year against last),
 * results by kind, and every table-三 row this year against last year.
 */
final class ReportCharts extends ScrollPane {

    private final BarChart<String, Number> months = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final PieChart results = new PieChart();
    private final BarChart<Number, String> rows = new BarChart<>(new NumberAxis(), new CategoryAxis());

    ReportCharts() {
        // Axis tick labels take their own font, not the root's: name the shipped CJK face, or Chinese shows as boxes.
        Font ticks = Font.font(ShippedFonts.UI_REGULAR.family(), 11);
        for (Axis<?> axis : List.of(months.getXAxis(), months.getYAxis(), rows.getXAxis(), rows.getYAxis())) {
            axis.setTickLabelFont(ticks);
        }
        months.setTitle(Texts.get("report.charts.months"));
        months.setAnimated(false);
        results.setTitle(Texts.get("report.charts.results"));
        results.setAnimated(false);
        // Slice labels are placed once and pile up when the chart is laid out again (after a file dialog
        // closes); a legend beside the pie is laid out like any other list and names every slice with its count.
        results.setLabelsVisible(false);
        results.setLegendVisible(true);
        results.setLegendSide(javafx.geometry.Side.RIGHT);
        rows.setTitle(Texts.get("report.charts.rows"));
        rows.setAnimated(false);
        rows.setPrefHeight(900);
        rows.setCategoryGap(6);
        HBox top = new HBox(12, months, results);
        HBox.setHgrow(months, Priority.ALWAYS);
        HBox.setHgrow(results, Priority.ALWAYS);
        months.setPrefHeight(320);
        results.setPrefHeight(320);
        VBox box = new VBox(12, top, rows);
        box.setPadding(new Insets(12));
        setContent(box);
        setFitToWidth(true);
    }

    PieChart results() {
        return results;
    }

    void show(ReportViewModel.Loaded loaded) {
        ReportTables now = loaded.report().tables();
        int year = now.year();
        months.getData().setAll(List.of(
                monthSeries(Texts.get("report.charts.year", year - 1), loaded.months()[1]),
                monthSeries(Texts.get("report.charts.year", year), loaded.months()[0])));
        List<PieChart.Data> slices = new ArrayList<>();
        for (ResultGroup group : ResultGroup.values()) {
            long n = groupTotal(now, group);
            if (n > 0) {
                slices.add(new PieChart.Data(shortLabel(group.label()) + " " + n, n));
            }
        }
        results.getData().setAll(slices);
        List<RequestRowDef> defs = new ArrayList<>(now.format().requestRows());
        // The bar chart draws its first category at the bottom; reversed, the rows read top-down as in the table.
        Collections.reverse(defs);
        rows.getData().setAll(List.of(
                rowSeries(Texts.get("report.charts.year", year - 1), loaded.previous(), defs),
                rowSeries(Texts.get("report.charts.year", year), now, defs)));
    }

    private static XYChart.Series<String, Number> monthSeries(String name, long[] counts) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int m = 0; m < 12; m++) {
            s.getData().add(new XYChart.Data<>(Texts.get("report.charts.month", m + 1), counts[m]));
        }
        return s;
    }

    private static XYChart.Series<Number, String> rowSeries(String name, ReportTables t, List<RequestRowDef> defs) {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        s.setName(name);
        for (RequestRowDef d : defs) {
            long v = t.format().requestRow(d.key()).isPresent() ? t.requests(d.key(), ApplicantColumns.TOTAL) : 0;
            s.getData().add(new XYChart.Data<>(v, rowLabel(d)));
        }
        return s;
    }

    /** Short enough for an axis: 「（三）1.属于国家秘密」, 「一、本年新收」. */
    private static String rowLabel(RequestRowDef d) {
        if (d.item() != null) {
            return d.group().substring(0, d.group().indexOf('）') + 1) + d.item();
        }
        String label = d.group() != null ? d.group() : d.heading();
        return label.length() > 16 ? label.substring(0, 16) + "…" : label;
    }

    private static String shortLabel(String groupLabel) {
        int close = groupLabel.indexOf('）');
        int open = groupLabel.indexOf('（', close);
        return open > 0 ? groupLabel.substring(close + 1, open) : groupLabel.substring(close + 1);
    }

    private static long groupTotal(ReportTables t, ResultGroup group) {
        return t.format().requestRows().stream().filter(r -> group.label().equals(r.group()))
                .mapToLong(r -> t.requests(r.key(), ApplicantColumns.TOTAL)).sum();
    }
}
