// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.disclosuredesk.report.ui.ReportScreen;
import org.disclosuredesk.shared.ShippedFonts;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.ErrorDialog;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every dialog the app builds is opened, laid out, and every piece of text in it must be drawn with the
 * shipped CJK face and be covered by it (no boxes), and no button may speak English ("Cancel", "OK").
 */
@ExtendWith(ApplicationExtension.class)
class DialogTextTest {

    private static final FontProgram UI_FACE = load();

    @Start
    void start(Stage stage) {
        Theme.applyGlobally();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void every_dialog_draws_its_text_with_the_shipped_cjk_face_and_speaks_chinese(FxRobot robot) {
        Map<String, Supplier<Dialog<?>>> dialogs = new LinkedHashMap<>();
        dialogs.put("export warnings (report screen)", () -> ReportScreen.warningsDialog("表一第（二）项：本年新制发规范性文件 0 件，请核对。"));
        dialogs.put("confirm", () -> Dialogs.confirm("放弃未保存的修改？", "放弃修改"));
        dialogs.put("problem", () -> Dialogs.problem("文件正被其他程序打开，请关闭后重试。"));
        dialogs.put("ask text", () -> Dialogs.askText("解除锁定", "解除 2025 年度报告的锁定", "原因：", "解除锁定"));
        dialogs.put("error, expected", () -> ErrorDialog.build("无法打开数据库", new UserError("数据库文件已损坏。"), Path.of("日志")));
        dialogs.put("error, unexpected", () -> ErrorDialog.build("初始设置没有完成", new IllegalStateException("boom"), Path.of("日志")));
        dialogs.put("first start", FirstStartDialog::build);
        dialogs.put("print preview", () -> new org.disclosuredesk.ui.kit.print.PrintPreviewDialog(null, "2025年度报告",
                new org.disclosuredesk.ui.kit.print.PrintPreviewViewModel(() -> new byte[0], "2025年度报告",
                        new org.disclosuredesk.shared.CurrentThreadTaskExecutor(), new org.disclosuredesk.ui.kit.print.FxPagePrinter())));
        // A dialog built without the kit (a library's, or one written in a hurry) is caught by the window net.
        // (Its font is the point here; JavaFX's own "OK" follows the locale DesktopApp sets before any dialog.)
        dialogs.put("raw alert", () -> new Alert(Alert.AlertType.INFORMATION, "已导出 12 条记录。", new ButtonType("知道了")));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Supplier<Dialog<?>>> entry : dialogs.entrySet()) {
            robot.interact(() -> {
                Dialog<?> dialog = entry.getValue().get();
                dialog.show();
                Parent root = dialog.getDialogPane().getScene().getRoot();
                root.applyCss();
                root.layout();
                problems.addAll(textProblems(entry.getKey(), root));
                dialog.getDialogPane().getScene().getWindow().hide();
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_check_itself_catches_a_label_in_a_face_without_chinese(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Label label = new Label("确定");
            label.setStyle("-fx-font-family: 'System';");
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(label)));
            stage.show();
            label.applyCss();
            problems.addAll(textProblems("plain", stage.getScene().getRoot()));
            stage.hide();
        });
        assertFalse(problems.isEmpty());
    }

    @Test
    void the_window_net_does_not_pile_up_styles(FxRobot robot) {
        robot.interact(() -> {
            Alert alert = Dialogs.confirm("问题", "是");
            alert.show();
            alert.hide();
            alert.show();
            String style = alert.getDialogPane().getScene().getRoot().getStyle();
            assertEquals(style.indexOf("-fx-font-family"), style.lastIndexOf("-fx-font-family"));
            alert.hide();
        });
    }

    static List<String> textProblems(String dialog, Node node) {
        List<String> problems = new ArrayList<>();
        if (node instanceof Text && node.isVisible()) {
            Text text = (Text) node;
            String s = text.getText();
            if (s != null && !s.isBlank()) {
                if (!ShippedFonts.UI_REGULAR.family().equals(text.getFont().getFamily())) {
                    problems.add(dialog + ": “" + s + "” in " + text.getFont().getFamily());
                } else {
                    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && UI_FACE.getGlyph(cp) == null)
                            .findFirst().ifPresent(cp -> problems.add(dialog + ": “" + s + "” has no glyph for U+" + Integer.toHexString(cp)));
                }
            }
        }
        if (node instanceof Button) {
            String s = ((Button) node).getText();
            if (s != null && s.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
                problems.add(dialog + ": button “" + s + "” is not Chinese");
            }
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                problems.addAll(textProblems(dialog, child));
            }
        }
        return problems;
    }

    private static FontProgram load() {
        try {
            return FontProgramFactory.createFont(ShippedFonts.UI_REGULAR.bytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void first_start_refuses_a_name_of_spaces_and_trims_the_rest(FxRobot robot) {
        robot.interact(() -> {
            Dialog<FirstStartDialog.Choice> dialog = FirstStartDialog.build();
            javafx.scene.control.TextField name = (javafx.scene.control.TextField) dialog.getDialogPane().getContent().lookup(".text-field");
            Button start = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
            name.setText("   　 ");
            assertTrue(start.isDisabled());
            name.setText("  某县政府办  ");
            assertFalse(start.isDisabled());
            ButtonType startType = dialog.getDialogPane().getButtonTypes().get(0);
            assertEquals("某县政府办", dialog.getResultConverter().call(startType).officeName());
        });
    }
}
