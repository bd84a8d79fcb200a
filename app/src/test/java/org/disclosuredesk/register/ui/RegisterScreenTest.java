// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterQuery;
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

/** The register screen from the keyboard: Ctrl+F, type, Enter, Enter; Ctrl+N, type, Enter; a figure's link. */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private RegisterScreen screen;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("screen-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        context.register().create(DocumentDraft.builder().title("关于做好防汛抗旱工作的通知").docNumber("示府办发〔2025〕5号")
                .writtenOn(LocalDate.of(2025, 5, 6)).publishedOn(LocalDate.of(2025, 5, 8)).build());
        context.register().create(DocumentDraft.builder().title("示例县城市管理办法").docType(DocType.NORMATIVE_DOCUMENT)
                .docNumber("示府规〔2025〕1号").writtenOn(LocalDate.of(2025, 3, 3)).publishedOn(LocalDate.of(2025, 3, 5)).build());
        context.register().create(DocumentDraft.builder().title("示例县旧办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(LocalDate.of(2019, 3, 3)).validity(Validity.ABOLISHED).validityChangedOn(LocalDate.of(2025, 3, 3)).build());
        screen = new RegisterScreen(context.registerContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(screen, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        String shot = System.getProperty("register.snapshot");
        if (shot != null) {
            PngWriter.write(screen.getScene().snapshot(null), Path.of(shot));
        }
        context.close();
    }

    @Test
    void ctrl_f_then_typing_filters_and_enter_opens_the_document(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("城市管理");
        assertEquals(1, table(robot).getItems().size());

        robot.type(KeyCode.ENTER);   // to the first result
        robot.type(KeyCode.ENTER);   // open it

        assertEquals("示例县城市管理办法", robot.lookup("#register-title").queryAs(javafx.scene.control.TextInputControl.class).getText());
        assertEquals("示府规〔2025〕1号", robot.lookup("#register-docNumber").queryAs(TextField.class).getText());
    }

    @Test
    void ctrl_n_then_enter_saves_a_new_document(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#register-title").query().isFocused(), () -> "Ctrl+N puts the cursor in 标题, focus: " + screen.getScene().getFocusOwner() + " window focused " + screen.getScene().getWindow().isFocused() + " open " + screen.formModel().openProperty().get());
        robot.write("关于开展安全生产大检查的通知");
        robot.clickOn("#register-writtenOn").write("2025.6.3");
        robot.type(KeyCode.ENTER);

        assertEquals(1, context.register().count(RegisterQuery.search("安全生产大检查")),
                () -> screen.formModel().fieldErrors() + " " + screen.formModel().messageProperty().get() + " title="
                        + screen.formModel().titleProperty().get() + " written=" + screen.formModel().writtenOnProperty().get());
        assertTrue(table(robot).getItems().stream().map(RegisterEntry::document)
                .anyMatch(d -> d.title().equals("关于开展安全生产大检查的通知")));
    }

    @Test
    void a_bad_date_is_shown_under_its_field(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#register-title").write("某通知");
        robot.clickOn("#register-writtenOn").write("2025-02-30");
        robot.type(KeyCode.ENTER);

        assertTrue(robot.lookup(".error-text").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("不是存在的日期")));
        assertEquals(3, context.register().count(RegisterQuery.ALL));
    }

    @Test
    void a_table_two_figure_lists_its_documents(FxRobot robot) {
        Hyperlink abolished = robot.lookup(".table-two-figure").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getTooltip().getText().contains("行政规范性文件 本年废止件数")).findFirst().orElseThrow();
        assertEquals("1", abolished.getText());

        robot.clickOn(abolished);

        assertEquals(1, table(robot).getItems().size());
        assertEquals("示例县旧办法", table(robot).getItems().get(0).document().title());
    }

    @Test
    void the_column_chooser_choice_is_kept_for_the_next_session(FxRobot robot) {
        TableView<RegisterEntry> t = table(robot);
        assertTrue(t.isTableMenuButtonVisible(), "the column chooser is in the header's corner");
        assertFalse(column(t, "indexNumber").isVisible(), "索引号 is hidden until chosen");
        assertTrue(column(t, "docType").isVisible());

        robot.interact(() -> {
            column(t, "indexNumber").setVisible(true);
            column(t, "docType").setVisible(false);
        });

        RegisterScreen[] again = new RegisterScreen[1];
        robot.interact(() -> {
            again[0] = new RegisterScreen(context.registerContext(new CurrentThreadTaskExecutor()));
            new Scene(again[0], 1366, 768).getRoot().applyCss();   // the table sits in a SplitPane: skins make it a child
        });
        @SuppressWarnings("unchecked")
        TableView<RegisterEntry> next = (TableView<RegisterEntry>) again[0].lookup(".register-table");
        assertTrue(column(next, "indexNumber").isVisible());
        assertFalse(column(next, "docType").isVisible());
    }

    private static javafx.scene.control.TableColumn<RegisterEntry, ?> column(TableView<RegisterEntry> t, String id) {
        return t.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<RegisterEntry> table(FxRobot robot) {
        return robot.lookup(".register-table").queryAs(TableView.class);
    }
}
