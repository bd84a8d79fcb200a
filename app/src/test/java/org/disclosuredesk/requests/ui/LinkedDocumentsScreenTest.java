// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestBuilderAccess;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The request's detail: 「关联主动公开文件…」 picks an entry by its 文号, lists it, and unlinks after asking. */
// [utest->req~links.proactive~1]
@ExtendWith(ApplicationExtension.class)
class LinkedDocumentsScreenTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private RequestsScreen screen;
    private Request request;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("links-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        request = context.requests().register(RequestBuilderAccess.organisation("2025-05-20", "某科技有限公司", "征地补偿标准"));
        context.requests().addEvent(request.id(), RequestEvent.decision(LocalDate.parse("2025-05-28"), ResultRow.DISCLOSED));
        context.register().create(DocumentDraft.builder().title("示例镇征地补偿标准").docNumber("示镇发〔2025〕5号")
                .writtenOn(LocalDate.parse("2025-06-02")).publishedOn(LocalDate.parse("2025-06-03"))
                .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).build());
        screen = new RequestsScreen(context.requestsContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(screen, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String shown(FxRobot robot) {
        return robot.lookup("#linkedDocuments .label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining("|"));
    }

    private static Optional<Button> confirm(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "解除关联".equals(b.getText()) && b.isVisible()).findFirst();
    }

    @Test
    void a_document_is_picked_by_its_number_listed_and_unlinked_after_confirmation(FxRobot robot) throws Exception {
        robot.interact(() -> screen.openRequest(request.id()));
        assertTrue(shown(robot).contains("尚未关联主动公开文件"), shown(robot));

        // The section sits at the foot of the scrolling right column (below the items pane): it may lie outside
        // the scene's bounds, which TestFX counts as not visible, so the button is pressed on the FX thread.
        // Not robot.interact: the picker is modal and would hold interact until it closes.
        javafx.application.Platform.runLater(() -> robot.lookup("#linkDocument").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#linkFind").tryQuery().isPresent());
        robot.clickOn("#linkFind").write("示镇发");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> found = robot.lookup("#linkFound").queryAs(ListView.class);
        assertEquals(1, found.getItems().size());
        robot.interact(() -> found.getSelectionModel().select(0));
        robot.clickOn("#linkNote").write("同类申请 3 件");
        robot.clickOn("关联该文件");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown(robot).contains("《示例镇征地补偿标准》（示镇发〔2025〕5号") && shown(robot).contains("同类申请 3 件"), shown(robot));
        assertEquals(1, context.documentLinks().forRequest(request.id()).size());

        // The confirmation waits in its own event loop: press without waiting, then wait for its window
        // (a click may miss on a busy build machine, where the pane is still laid out).
        Button unlink = robot.lookup(".linked-document .button").queryAs(Button.class);
        javafx.application.Platform.runLater(unlink::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> confirm(robot).isPresent());
        Button yes = confirm(robot).orElseThrow();
        javafx.application.Platform.runLater(yes::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown(robot).contains("尚未关联主动公开文件"), shown(robot));
        assertEquals(0, context.documentLinks().forRequest(request.id()).size());
    }
}
