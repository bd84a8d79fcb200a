// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.TestLedger;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.ReportTable;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.PngWriter;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report screen mounted alone on the hand-made year, whose narrative quotes one wrong figure.
 * {@code -Dreport.shots=DIR} writes a PNG of each tab there to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ReportScreenTest {

    @TempDir
    static Path dir;
    private TestLedger ledger;
    private ReportScreen screen;

    @Start
    void start(Stage stage) {
        ledger = TestLedger.open(dir.resolve("s" + System.nanoTime()));
        TestLedger.standardYear(ledger, 2024);
        TestLedger.standardYear(ledger, 2025);
        ledger.narrative(2025, "2025年，本机关依法做好政府信息公开工作。\n（一）依申请公开。本年度共收到申请58件。",
                "（一）存在的主要问题。解读不足。\n（二）改进情况。丰富解读形式。", "本年度未收取信息处理费。");
        screen = new ReportScreen(ledger.context.reportContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(screen, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        ledger.context.close();
    }

    @Test
    void clicking_a_figure_lists_the_requests_behind_it(FxRobot robot) throws Exception {
        // 行政规范性文件 本年制发件数: written 2025-01-02 (in the 2024 ledger's "next year"), 2025-02-02 and 2025-12-31.
        robot.clickOn(screen.grid(ReportTable.ACTIVE_DISCLOSURE).figureButton(CellRef.activeDisclosure("normative", "本年制发件数")));
        assertEquals(CellRef.activeDisclosure("normative", "本年制发件数"), screen.model().selectedCellProperty().get());
        assertEquals(3, screen.model().evidence().size());
        assertTrue(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains("2025-12-31")), "the list shows the documents");
        shoot(robot, "report-tables.png");
    }

    @Test
    void a_check_result_takes_the_user_to_the_wrong_words(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        shoot(robot, "report-checks.png");
        ListView<?> findings = robot.lookup(".list-view").queryAllAs(ListView.class).stream()
                .filter(l -> l.isVisible() && !l.getItems().isEmpty()).findFirst().orElseThrow();
        robot.doubleClickOn(robot.lookup(".list-cell .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(c -> c.getText() != null && c.getText().contains("58件")).findFirst().orElseThrow());
        assertEquals(2, tabs.getSelectionModel().getSelectedIndex(), "the narrative tab");
        TextArea overview = robot.lookup(".rg-narrative").queryAllAs(TextArea.class).stream()
                .filter(a -> a.getText().startsWith("2025年")).findFirst().orElseThrow();
        assertEquals("58件", overview.getSelectedText());
        assertTrue(overview.isFocused());
        shoot(robot, "report-narrative.png");
        robot.interact(() -> tabs.getSelectionModel().select(3));
        shoot(robot, "report-charts.png");
        assertEquals(ReportSection.OVERVIEW.title(), "一、总体情况");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_charts_show_the_year_against_last_year(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        List<BarChart<?, ?>> bars = robot.lookup(".chart").queryAll().stream().filter(BarChart.class::isInstance)
                .map(c -> (BarChart<?, ?>) c).collect(Collectors.toList());
        BarChart<String, Number> months = (BarChart<String, Number>) bars.stream()
                .filter(c -> c.getXAxis() instanceof CategoryAxis).findFirst().orElseThrow();
        BarChart<Number, String> rows = (BarChart<Number, String>) bars.stream()
                .filter(c -> c.getYAxis() instanceof CategoryAxis).findFirst().orElseThrow();
        PieChart results = (PieChart) robot.lookup(".chart").queryAll().stream().filter(PieChart.class::isInstance).findFirst().orElseThrow();

        // Requests received per month in 2025: the 2025 ledger plus 3 January from the 2024 ledger's "next year".
        assertEquals(List.of("2024年", "2025年"), months.getData().stream().map(XYChart.Series::getName).collect(Collectors.toList()));
        assertEquals(List.of(4L, 2L, 3L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 1L, 2L), values(months.getData().get(1)));
        assertEquals("1月", months.getData().get(1).getData().get(0).getXValue());

        // Results by kind: one slice per result group that has requests, with its count.
        Map<String, Double> slices = results.getData().stream().collect(Collectors.toMap(PieChart.Data::getName, PieChart.Data::getPieValue));
        assertEquals(5.0, slices.get("予以公开 5"), slices.toString());
        assertEquals(8.0, slices.get("不予公开 8"), slices.toString());
        assertEquals(6, slices.size(), slices.toString());

        // Every table-三 row, this year against last year.
        ReportTables now = screen.model().loadedProperty().get().report().tables();
        ReportTables before = screen.model().loadedProperty().get().previous();
        int n = now.format().requestRows().size();
        for (int s = 0; s < 2; s++) {
            ReportTables t = s == 0 ? before : now;
            XYChart.Series<Number, String> series = rows.getData().get(s);
            assertEquals(n, series.getData().size());
            for (int i = 0; i < n; i++) {
                String key = now.format().requestRows().get(n - 1 - i).key();
                assertEquals(t.requests(key, ApplicantColumns.TOTAL), series.getData().get(i).getXValue().longValue(), key);
            }
        }
        assertEquals(26L, now.requests("total", ApplicantColumns.TOTAL));
    }

    @Test
    void the_pie_names_its_slices_in_a_legend_that_stays_readable_after_a_relayout(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        PieChart results = (PieChart) robot.lookup(".chart").queryAll().stream().filter(PieChart.class::isInstance).findFirst().orElseThrow();
        // What a file dialog closing does to the window: the chart is laid out again at another size, twice.
        javafx.stage.Window window = screen.getScene().getWindow();
        robot.interact(() -> window.setWidth(1024));
        robot.interact(() -> window.setWidth(1366));
        robot.interact(() -> screen.getScene().getRoot().layout());

        assertTrue(!results.getLabelsVisible(), "no slice labels to pile up");
        assertTrue(results.isLegendVisible());
        List<javafx.scene.control.Label> legend = results.lookupAll(".chart-legend-item").stream()
                .map(javafx.scene.control.Label.class::cast).collect(Collectors.toList());
        assertEquals(results.getData().stream().map(PieChart.Data::getName).sorted().collect(Collectors.toList()),
                legend.stream().map(javafx.scene.control.Label::getText).sorted().collect(Collectors.toList()));
        for (int i = 0; i < legend.size(); i++) {
            javafx.geometry.Bounds a = legend.get(i).localToScene(legend.get(i).getLayoutBounds());
            assertTrue(a.getWidth() > 0 && a.getHeight() > 0, legend.get(i).getText() + " is laid out");
            for (int j = i + 1; j < legend.size(); j++) {
                javafx.geometry.Bounds b = legend.get(j).localToScene(legend.get(j).getLayoutBounds());
                assertTrue(!a.intersects(b.getMinX() + 1, b.getMinY() + 1, b.getWidth() - 2, b.getHeight() - 2),
                        legend.get(i).getText() + " overlaps " + legend.get(j).getText());
            }
        }
    }

    private static List<Long> values(XYChart.Series<String, Number> series) {
        return series.getData().stream().map(d -> d.getYValue().longValue()).collect(Collectors.toList());
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("report.shots");
        if (folder == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(Path.of(folder));
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = screen.getScene().snapshot(null));
        PngWriter.write(image[0], Path.of(folder, name));
    }
}
