// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 「操作记录」 of one record in a window of its own beside the form (not modal: the worker may compare the
 * history with the record while it is open). Each screen gets one and calls {@link #open} from its button.
 */
public final class AuditHistoryDialog {

    private final AuditTrail audit;
    private final TaskExecutor executor;

    public AuditHistoryDialog(AuditTrail audit, TaskExecutor executor) {
        this.audit = audit;
        this.executor = executor;
    }

    /**
     * The 「操作记录」 button of a screen: opens the history of the record shown now ({@code id} gives null
     * while there is none, e.g. a form for a new record, and the button then does nothing).
     */
    public Button button(String entity, Supplier<Long> id, Supplier<String> what) {
        Button button = new Button(Texts.get("audit.button"), new FontIcon("mdi2h-history"));
        button.getStyleClass().add("audit-history-button");
        button.setTooltip(new Tooltip(Texts.get("audit.button.tooltip")));
        button.setOnAction(e -> {
            Long shown = id.get();
            if (shown != null) {
                open(button, entity, shown, what.get());
            }
        });
        return button;
    }

    /**
     * Opens the history of {@code entity} #{@code id}.
     *
     * @param owner any node of the calling screen (the window stays above it)
     * @param what  what the record is called, e.g. "依申请〔2026〕第31号"
     */
    public void open(Node owner, String entity, long id, String what) {
        AuditHistoryView view = new AuditHistoryView(audit, executor);
        view.show(entity, id);
        Stage stage = new Stage();
        stage.setTitle(Texts.get("audit.dialog.title", what));
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            stage.initOwner(owner.getScene().getWindow());
        }
        stage.initModality(Modality.NONE);
        Scene scene = new Scene(view, 960, 420);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }
}
