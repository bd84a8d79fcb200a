// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The register entry's detail lists 「来源申请」 by 登记号; another entry shows none. */
// [utest->req~links.proactive~1]
@ExtendWith(ApplicationExtension.class)
class SourceRequestsScreenTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private RegisterScreen screen;
    private long linked;
    private long other;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("sources-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        Request r = context.requests().register(RequestBuilderAccess.organisation("2025-05-20", "某科技有限公司", "征地补偿标准"));
        context.requests().addEvent(r.id(), RequestEvent.decision(LocalDate.parse("2025-05-28"), ResultRow.DISCLOSED));
        linked = document("示例镇征地补偿标准", "示镇发〔2025〕5号");
        other = document("关于做好防汛抗旱工作的通知", "示府办发〔2025〕6号");
        context.documentLinks().link(r.id(), linked, "同类申请 3 件");
        screen = new RegisterScreen(context.registerContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(screen, 1024, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private long document(String title, String number) {
        return context.register().create(DocumentDraft.builder().title(title).docNumber(number)
                .writtenOn(LocalDate.parse("2025-06-02")).publishedOn(LocalDate.parse("2025-06-03"))
                .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).build());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String sources(FxRobot robot) {
        return robot.lookup("#register-sourceRequests .label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining("|"));
    }

    @Test
    void the_linked_entry_names_its_request_and_another_entry_none(FxRobot robot) {
        robot.interact(() -> screen.formModel().load(linked));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sources(robot).contains("依申请〔2025〕第1号（2025-06-10 关联）　同类申请 3 件"), sources(robot));

        robot.interact(() -> screen.formModel().load(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sources(robot).contains("没有关联的依申请公开申请"), sources(robot));
    }
}
