// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import org.kordamp.ikonli.javafx.FontIcon;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.InformationCategory;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.Attachment;
import org.disclosuredesk.register.SecrecyResult;
import org.disclosuredesk.ui.kit.FieldErrorDecoration;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.WrappingRow;
import org.disclosuredesk.ui.kit.Dialogs;

/**
 * The detail/edit panel beside the list. Fields in the order a clerk reads a 公文's header; Enter in a
 * field saves (保存文件), Esc closes; each problem appears under its field.
 */
final class DocumentFormView extends BorderPane {

    private final DocumentFormViewModel model;
    private final GridPane grid = new GridPane();
    private final Label heading = new Label();
    private final TextArea firstField = new TextArea();
    private final Button abolish;
    private final Button delete;
    private final Button attach;
    private int row;

    interface Actions {
        void abolish();

        void delete();

        void attach();

        void open(Attachment a);

        /** Picks the document that replaces this one. */
        void chooseReplacement();

        /** Picks the register entry that is this document's 政策解读. */
        void chooseInterpretation();
    }

    DocumentFormView(DocumentFormViewModel model, Actions actions, javafx.scene.Node history, Node sources) {
        this.model = model;
        getStyleClass().add("document-form");
        heading.getStyleClass().add("section-title");
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(4, 14, 12, 14));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(86);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("form-status");
        status.setWrapText(true);
        grid.add(status, 0, row++, 2, 1);

        // 标题 wraps: a title is often longer than the panel is wide, and a one-line field showed only its end.
        firstField.textProperty().bindBidirectional(model.titleProperty());
        firstField.setPromptText(Texts.get("register.form.title.hint"));
        firstField.setWrapText(true);
        firstField.setPrefRowCount(2);
        field("title", Texts.get("register.field.title"), firstField, firstField);
        TextField docNumber = text("docNumber", Texts.get("register.field.docNumber"), model.docNumberProperty(),
                Texts.get("register.form.docNumber.hint"));
        firstField.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // A title has no line breaks: Enter saves as in every other field, Tab moves on.
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                model.save();
            } else if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown()) {
                e.consume();
                docNumber.requestFocus();
            }
        });
        TextField index = new TextField();
        index.textProperty().bindBidirectional(model.indexNumberProperty());
        Button propose = new Button(null, new FontIcon("mdi2a-auto-fix"));
        propose.setTooltip(new Tooltip(Texts.get("register.form.proposeIndex")));
        propose.setOnAction(e -> model.proposeIndexNumber());
        HBox.setHgrow(index, Priority.ALWAYS);
        field("indexNumber", Texts.get("register.field.indexNumber"), new HBox(4, index, propose), index);
        text("issuingOrgan", Texts.get("register.field.issuingOrgan"), model.issuingOrganProperty(), "");
        TextField written = new TextField();
        written.textProperty().bindBidirectional(model.writtenOnProperty());
        written.setPromptText(Texts.get("register.form.date.hint"));
        TextField published = new TextField();
        published.textProperty().bindBidirectional(model.publishedOnProperty());
        published.setPromptText(Texts.get("register.form.published.hint"));
        field("writtenOn", Texts.get("register.field.writtenOn"), written, written);
        field("publishedOn", Texts.get("register.field.publishedOn"), published, published);

        ComboBox<DocType> docType = Choices.of(DocType.values(), DocType::label, null);
        docType.valueProperty().bindBidirectional(model.docTypeProperty());
        field("docType", Texts.get("register.field.docType"), docType, docType);
        ComboBox<String> category = new ComboBox<>();
        category.setEditable(true);
        category.setMaxWidth(Double.MAX_VALUE);
        for (InformationCategory c : InformationCategory.values()) {
            category.getItems().add(c.label());
        }
        category.valueProperty().bindBidirectional(model.categoryProperty());
        field("category", Texts.get("register.field.category"), category, category);

        ComboBox<DisclosureAttribute> attribute = Choices.of(DisclosureAttribute.values(), DisclosureAttribute::label, null);
        attribute.valueProperty().bindBidirectional(model.attributeProperty());
        field("attribute", Texts.get("register.field.attribute"), attribute, attribute);
        TextField reason = text("nonDisclosureReason", Texts.get("register.field.nonDisclosureReason"),
                model.nonDisclosureReasonProperty(), Texts.get("register.form.reason.hint"));
        reason.disableProperty().bind(model.attributeProperty().isEqualTo(DisclosureAttribute.PROACTIVE));

        FlowPane channels = new FlowPane(10, 4);
        for (PublicationChannel c : PublicationChannel.values()) {
            CheckBox box = new CheckBox(c.label());
            box.selectedProperty().bindBidirectional(model.channelProperty(c));
            channels.getChildren().add(box);
        }
        field("channels", Texts.get("register.field.channels"), channels, null);

        ComboBox<Validity> validity = Choices.of(Validity.values(), Validity::label, null);
        validity.valueProperty().bindBidirectional(model.validityProperty());
        validity.setMinWidth(Region.USE_PREF_SIZE); // the date beside it gives way, not 「现行有效」
        TextField changed = new TextField();
        changed.textProperty().bindBidirectional(model.validityChangedOnProperty());
        changed.setPromptText(Texts.get("register.form.changedOn.hint"));
        changed.disableProperty().bind(model.validityProperty().isEqualTo(Validity.IN_FORCE));
        HBox.setHgrow(changed, Priority.ALWAYS);
        field("validity", Texts.get("register.field.validity"), new HBox(6, validity, changed), validity);
        error("validityChangedOn");
        Node replacement = link("replacedBy", model.replacedByProperty(), actions::chooseReplacement, model::chooseReplacement);
        replacement.disableProperty().bind(model.validityProperty().isEqualTo(Validity.IN_FORCE));
        field("replacedById", Texts.get("register.field.replacedBy"), replacement, null);

        section(Texts.get("register.form.interpretation"));
        field("interpretationDocumentId", Texts.get("register.field.interpretationDocument"),
                link("interpretationDocument", model.interpretationDocumentProperty(), actions::chooseInterpretation,
                        model::chooseInterpretation), null);
        text("interpretationTitle", Texts.get("register.field.interpretationTitle"), model.interpretationTitleProperty(), "");
        text("interpretationPublishedOn", Texts.get("register.field.interpretationPublishedOn"),
                model.interpretationPublishedOnProperty(), Texts.get("register.form.date.hint"));
        section(Texts.get("register.form.secrecy"));
        text("secrecyReviewer", Texts.get("register.field.secrecyReviewer"), model.secrecyReviewerProperty(), "");
        text("secrecyReviewedOn", Texts.get("register.field.secrecyReviewedOn"), model.secrecyReviewedOnProperty(),
                Texts.get("register.form.date.hint"));
        ComboBox<SecrecyResult> secrecy = Choices.of(SecrecyResult.values(), SecrecyResult::label, "");
        secrecy.valueProperty().bindBidirectional(model.secrecyResultProperty());
        field("secrecyResult", Texts.get("register.field.secrecyResult"), secrecy, secrecy);

        section(Texts.get("register.form.attachments"));
        ListView<Attachment> files = new ListView<>(model.attachments());
        files.setPrefHeight(84);
        files.setPlaceholder(new Label(Texts.get("register.form.noAttachments")));
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.fileName() + "（" + Math.max(1, a.sizeBytes() / 1024) + " KB）");
            }
        });
        files.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && files.getSelectionModel().getSelectedItem() != null) {
                actions.open(files.getSelectionModel().getSelectedItem());
            }
        });
        attach = new Button(Texts.get("register.form.attach"), new FontIcon("mdi2p-paperclip"));
        attach.setOnAction(e -> actions.attach());
        Button openFile = new Button(Texts.get("register.form.openAttachment"), new FontIcon("mdi2f-file-eye-outline"));
        openFile.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        openFile.setOnAction(e -> actions.open(files.getSelectionModel().getSelectedItem()));
        Button removeFile = new Button(Texts.get("register.form.removeAttachment"), new FontIcon("mdi2d-delete-outline"));
        removeFile.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        removeFile.setOnAction(e -> model.removeAttachment(files.getSelectionModel().getSelectedItem()));
        grid.add(files, 0, row++, 2, 1);
        grid.add(WrappingRow.of(6, attach, openFile, removeFile), 0, row++, 2, 1);
        section(Texts.get("register.form.sources"));
        grid.add(sources, 0, row++, 2, 1);

        Button save = new Button(Texts.get("register.form.save"), new FontIcon("mdi2c-content-save-outline"));
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.busyProperty());
        abolish = new Button(Texts.get("register.form.abolish"), new FontIcon("mdi2f-file-cancel-outline"));
        abolish.setOnAction(e -> actions.abolish());
        delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
        delete.setTooltip(new Tooltip(Texts.get("register.form.delete")));
        delete.setOnAction(e -> actions.delete());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setTooltip(new Tooltip(Texts.get("register.form.close")));
        close.setOnAction(e -> model.close());
        abolish.disableProperty().bind(model.idProperty().isNull().or(model.validityProperty().isEqualTo(Validity.ABOLISHED)));
        delete.disableProperty().bind(model.idProperty().isNull());
        attach.disableProperty().bind(model.idProperty().isNull());
        attach.setTooltip(new Tooltip(Texts.get("register.form.attach.hint")));

        heading.textProperty().bind(Bindings.when(model.idProperty().isNull()).then(Texts.get("register.form.new"))
                .otherwise(Texts.get("register.form.edit")));
        HBox top = new HBox(8, heading, spacer(), close);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 10, 4, 14));
        setTop(top);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        // The buttons wrap onto a second line rather than shrink to 「…」 when the panel is narrow (1024 px).
        FlowPane buttons = WrappingRow.of(8, save, abolish, history, delete);
        VBox bottom = new VBox(6, message, buttons);
        bottom.setPadding(new Insets(8, 14, 12, 14));
        buttons.prefWrapLengthProperty().bind(bottom.widthProperty().subtract(28));
        bottom.getStyleClass().add("form-buttons");
        setBottom(bottom);

        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof ComboBox && ((ComboBox<?>) e.getTarget()).isShowing())
                    && !(e.getTarget() instanceof Button) && !(e.getTarget() instanceof ListView)) {
                model.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (!model.hasChanges() || Dialogs.accepted(Dialogs.confirm(Texts.get("form.discard.question"), Texts.get("form.discard.yes")))) {
                    model.close();
                }
                e.consume();
            }
        });
    }

    /** Puts the cursor in the first field (after Ctrl+N or opening an entry). */
    void focusFirstField() {
        // The fields sit inside a ScrollPane, whose content joins the scene only once the skin exists:
        // apply CSS first so a panel that has just been added can take the focus at once.
        applyCss();
        layout();
        firstField.requestFocus();
        firstField.end();
    }

    /** A linked register entry, named, with 选择… and 取消关联; the link is saved with the form. */
    private static Node link(String id, javafx.beans.value.ObservableStringValue named, Runnable choose,
            java.util.function.Consumer<org.disclosuredesk.register.DocumentRef> set) {
        Label name = new Label();
        name.setId("register-" + id);
        name.textProperty().bind(Bindings.when(Bindings.isEmpty(named)).then(Texts.get("register.form.notLinked")).otherwise(named));
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button pick = new Button(Texts.get("register.form.link"));
        pick.setMinWidth(Region.USE_PREF_SIZE);
        pick.setOnAction(e -> choose.run());
        Button clear = new Button(null, new FontIcon("mdi2l-link-off"));
        clear.setTooltip(new Tooltip(Texts.get("register.form.unlink")));
        clear.disableProperty().bind(Bindings.isEmpty(named));
        clear.setOnAction(e -> set.accept(null));
        HBox box = new HBox(6, name, pick, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TextField text(String key, String label, StringProperty property, String hint) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(property);
        input.setPromptText(hint);
        field(key, label, input, input);
        return input;
    }

    private void field(String key, String label, Node node, Node labelFor) {
        Label caption = new Label(label);
        caption.getStyleClass().add("form-label");
        if (labelFor != null) {
            caption.setLabelFor(labelFor);
            labelFor.setId("register-" + key);
        }
        if (node instanceof javafx.scene.control.Control) {
            ((javafx.scene.control.Control) node).setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(caption, 0, row);
        grid.add(node, 1, row++);
        if (node instanceof javafx.scene.control.Control) {
            FieldErrorDecoration.decorate((javafx.scene.control.Control) node, model.fieldErrors(), key);
        }
        error(key);
    }

    private void error(String key) {
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        model.fieldErrors().addListener((MapChangeListener<String, String>) change ->
                error.setText(model.fieldErrors().getOrDefault(key, "")));
        grid.add(error, 1, row++);
    }

    private void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        GridPane.setMargin(l, new Insets(10, 0, 2, 0));
        grid.add(l, 0, row++, 2, 1);
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
