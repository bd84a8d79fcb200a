// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.audit.AuditHistoryDialog;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 工作方案: tracking the office's plans, and importing a new one through a review in which nothing is
 * stored until the user confirms it.
 */
public final class PlanScreen extends BorderPane {

    private final PlanTrackingViewModel tracking;
    private final PlanImportReviewViewModel review;
    private final PlanTrackingView trackingView;
    private final PlanImportReviewView reviewView;
    private final Label importProblem = new Label();

    public PlanScreen(PlanContext context) {
        TaskExecutor executor = context.executor();
        getStyleClass().add("screen");
        getStylesheets().add(PlanScreen.class.getResource("/css/plan.css").toExternalForm());
        tracking = new PlanTrackingViewModel(context.plans(), executor);
        review = new PlanImportReviewViewModel(context.plans(), executor);
        javafx.scene.control.Button history = new AuditHistoryDialog(context.audit(), executor).button("plan_task",
                () -> tracking.taskProperty().get() == null ? null : tracking.taskProperty().get().id(),
                () -> tracking.taskProperty().get().label());
        trackingView = new PlanTrackingView(tracking, this::importFile, this::importText, history);
        reviewView = new PlanImportReviewView(review, this::save, this::discard);

        importProblem.getStyleClass().add("plan-import-problem");
        importProblem.setWrapText(true);
        importProblem.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        importProblem.setMaxWidth(Double.MAX_VALUE);
        importProblem.visibleProperty().bind(review.messageProperty().isNotEmpty().and(review.loadedProperty().not()));
        importProblem.managedProperty().bind(importProblem.visibleProperty());
        importProblem.textProperty().bind(review.messageProperty());
        BorderPane.setMargin(importProblem, new Insets(10, 24, 0, 24));
        setTop(importProblem);
        setCenter(trackingView);

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && getCenter() == trackingView) {
                tracking.refresh(null);
            }
        });
    }

    /** Reads a file and opens the review; an unreadable file leaves the tracking view with a message. */
    void importFile(Path file) {
        review.open(file, this::showReview);
    }

    void importText() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("plan.paste.title"));
        dialog.setHeaderText(Texts.get("plan.paste.header"));
        Theme.style(dialog.getDialogPane());
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefSize(720, 420);
        area.setPromptText(Texts.get("plan.paste.prompt"));
        dialog.getDialogPane().setContent(new VBox(area));
        ButtonType read = new ButtonType(Texts.get("plan.paste.read"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("plan.paste.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(read, cancel);
        dialog.setResultConverter(b -> b == read ? area.getText() : null);
        dialog.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> review.openText(t, this::showReview));
    }

    private void showReview() {
        setCenter(reviewView);
        reviewView.requestFocus();
    }

    private void save() {
        review.save(id -> {
            setCenter(trackingView);
            tracking.refresh(id);
        });
    }

    private void discard() {
        review.discard();
        setCenter(trackingView);
        tracking.refresh(null);
    }

    PlanImportReviewViewModel reviewModel() {
        return review;
    }

    PlanTrackingViewModel trackingModel() {
        return tracking;
    }
}
