// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.DocumentFlags;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The register list: a virtualised table (only visible rows have cells), a column chooser in the
 * header's corner, Enter or a double click to open an entry, and the next page fetched as the last
 * loaded rows scroll into view. Sorting is the register's order (成文日期, newest first), not per column:
 * with paging, a column sort would sort only the rows loaded so far.
 */
final class RegisterTable extends TableView<RegisterEntry> {

    /** Columns a first-time user does not see until the column chooser shows them: the list stays readable at 1366 px. */
    static final Set<String> HIDDEN_AT_FIRST = Set.of("attribute", "indexNumber", "channels", "category");

    /** Rows from the end of the loaded rows at which the next page is fetched. */
    private static final int PREFETCH = 40;

    RegisterTable(RegisterViewModel model, Consumer<RegisterEntry> onOpen) {
        super(model.rows());
        getStyleClass().add("register-table");
        setTableMenuButtonVisible(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(Texts.get("register.table.empty")));

        getColumns().add(column("writtenOn", Texts.get("register.field.writtenOn"), 96, e -> date(e.document().writtenOn())));
        getColumns().add(column("docNumber", Texts.get("register.field.docNumber"), 170, e -> e.document().docNumber()));
        TableColumn<RegisterEntry, String> title = column("title", Texts.get("register.field.title"), 430, e -> e.document().title());
        title.getStyleClass().add("primary-column");
        getColumns().add(title);
        getColumns().add(column("docType", Texts.get("register.field.docType"), 126, e -> e.document().docType().label()));
        getColumns().add(flagsColumn());
        getColumns().add(column("publishedOn", Texts.get("register.field.publishedOn"), 96, e -> date(e.document().publishedOn())));
        getColumns().add(column("validity", Texts.get("register.field.validity"), 80, e -> e.document().validity().label()));
        getColumns().add(column("issuingOrgan", Texts.get("register.field.issuingOrgan"), 180, e -> e.document().issuingOrgan()));
        getColumns().add(column("attribute", Texts.get("register.field.attribute"), 90, e -> e.document().attribute().label()));
        getColumns().add(column("indexNumber", Texts.get("register.field.indexNumber"), 230, e -> e.document().indexNumber()));
        getColumns().add(column("channels", Texts.get("register.field.channels"), 160, e -> e.document().channels().stream()
                .map(PublicationChannel::label).collect(Collectors.joining("、"))));
        getColumns().add(column("category", Texts.get("register.field.category"), 200, e -> e.document().category()));
        getColumns().add(column("attachments", Texts.get("register.table.attachments"), 56,
                e -> e.attachmentCount() == 0 ? "" : String.valueOf(e.attachmentCount())));
        getColumns().forEach(c -> c.setSortable(false));
        // 成文日期, 文号, 标题 and 类型 stay in view at 1024 px; the others may scroll or be hidden by the chooser.
        getColumns().stream().filter(c -> Set.of("writtenOn", "docNumber", "title", "docType").contains(c.getId()))
                .forEach(c -> c.getStyleClass().add("key-column"));

        setRowFactory(v -> new TableRow<>() {
            {
                setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                        onOpen.accept(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(RegisterEntry item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ended"),
                        item != null && (item.document().validity() == Validity.ABOLISHED || item.document().validity() == Validity.EXPIRED));
                if (!empty && getIndex() >= getItems().size() - PREFETCH) {
                    model.loadMore();
                }
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /** Enter in the search box: the cursor goes to the first result, where Enter opens it. */
    void focusFirstRow() {
        requestFocus();
        if (!getItems().isEmpty()) {
            getSelectionModel().select(0);
            getFocusModel().focus(0);
        }
    }

    /** Column ids hidden by the column chooser, to remember between sessions. */
    Set<String> hiddenColumns() {
        return getColumns().stream().filter(c -> !c.isVisible()).map(TableColumn::getId).collect(Collectors.toSet());
    }

    void hideColumns(Set<String> ids) {
        getColumns().forEach(c -> c.setVisible(!ids.contains(c.getId())));
    }

    private static TableColumn<RegisterEntry, String> column(String id, String heading, double width, Function<RegisterEntry, String> value) {
        TableColumn<RegisterEntry, String> c = new TableColumn<>(heading);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** 「公开超期 5」 and 「缺少解读」 as coloured badges, so the eye finds them in a long list. */
    private static TableColumn<RegisterEntry, DocumentFlags> flagsColumn() {
        TableColumn<RegisterEntry, DocumentFlags> c = new TableColumn<>(Texts.get("register.table.flags"));
        c.setId("flags");
        c.setPrefWidth(180);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().flags()));
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(DocumentFlags f, boolean empty) {
                super.updateItem(f, empty);
                setText(null);
                if (empty || f == null || !f.any()) {
                    setGraphic(null);
                    return;
                }
                HBox badges = new HBox(4);
                if (f.late()) {
                    badges.getChildren().add(badge(Texts.get(f.stillUnpublished() ? "register.flag.unpublished" : "register.flag.late",
                            f.publicationDaysLate()), "danger"));
                }
                if (f.interpretationOverdue()) {
                    badges.getChildren().add(badge(Texts.get(f.interpretationMissing() ? "register.flag.noInterpretation"
                            : "register.flag.lateInterpretation"), "warning"));
                }
                setGraphic(badges);
            }
        });
        return c;
    }

    private static Label badge(String text, String tone) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", tone);
        return l;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
