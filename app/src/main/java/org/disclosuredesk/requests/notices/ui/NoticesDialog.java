// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.disclosuredesk.requests.notices.NoticeFiles;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;
import org.kordamp.ikonli.javafx.FontIcon;

/** 「生成告知书」: a window over the request showing {@link NoticesView}; fits 1024×700. */
public final class NoticesDialog {

    private final NoticeService service;
    private final NoticeFiles exporter;
    private final TaskExecutor executor;
    private final Path printFolder;

    public NoticesDialog(NoticeService service, NoticeFiles exporter, TaskExecutor executor, Path printFolder) {
        this.service = service;
        this.exporter = exporter;
        this.executor = executor;
        this.printFolder = printFolder;
    }

    /** For the request list: the name of the notice each request still lacks, by id. */
    public static java.util.Map<Long, String> lackingLabels(NoticeService service, java.util.List<org.disclosuredesk.requests.Request> requests) {
        java.util.Map<Long, String> labels = new java.util.HashMap<>();
        service.lacking(requests).forEach((id, choice) -> labels.put(id, choice.type().kind().shortLabel()));
        return labels;
    }

    /** The detail bar's button; {@code requestId} gives the open request (null: none yet). */
    public Button button(java.util.function.Supplier<Long> requestId, java.util.function.Supplier<String> what) {
        Button button = new Button(Texts.get("notices.open"), new FontIcon("mdi2f-file-document-edit-outline"));
        button.setId("openNotices");
        button.setOnAction(e -> {
            Long id = requestId.get();
            if (id != null) {
                open(button, id, what.get());
            }
        });
        return button;
    }

    public void open(Node owner, long requestId, String what) {
        NoticesViewModel model = new NoticesViewModel(service, exporter, executor, NoticePrinting::print, printFolder);
        Stage stage = new Stage();
        NoticesView view = new NoticesView(model, (type, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("notices.exportTitle"));
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.label(), "*" + type.extension()));
            File chosen = chooser.showSaveDialog(stage);
            if (chosen != null) {
                model.export(chosen.toPath(), type);
            }
        }, stage::close);
        stage.setTitle(Texts.get("notices.title", what));
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            stage.initOwner(owner.getScene().getWindow());
        }
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(view, 960, 620);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        Theme.style(scene);
        scene.getStylesheets().add(NoticesDialog.class.getResource("/css/requests.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        model.load(requestId);
        stage.show();
    }
}
