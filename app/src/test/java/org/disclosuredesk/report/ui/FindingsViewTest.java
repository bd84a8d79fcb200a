// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.ui.CutText;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 检查 tab: every message is readable in full at a laptop's width and names its section once. */
@ExtendWith(ApplicationExtension.class)
class FindingsViewTest {

    @TempDir
    static Path dir;

    private FindingsView view;
    private Report report;

    @Start
    void start(Stage stage) {
        try (AppContext context = new AppContext(Database.open(dir.resolve("checks-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2026-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))) {
            report = context.report().build(2025);
        }
        view = new FindingsView(f -> { });
        view.show(report);
        Scene scene = new Scene(view, 760, 600);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void messages_wrap_instead_of_being_cut_after_the_section_name(FxRobot robot) {
        assertFalse(report.findings().isEmpty());
        robot.interact(() -> { });
        assertEquals(List.of(), CutText.in(view));
        List<String> shown = robot.lookup(".list-cell .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null && !t.isBlank()).toList();
        assertTrue(shown.stream().anyMatch(t -> t.contains("尚未填写")), shown.toString());
    }

    @Test
    void the_section_name_is_not_repeated() {
        for (Finding f : report.findings()) {
            String text = FindingsView.describe(f, f.where(report.format()));
            String where = f.where(report.format());
            if (!where.isEmpty()) {
                assertEquals(text.indexOf(where), text.lastIndexOf(where), text);
            }
        }
    }
}
