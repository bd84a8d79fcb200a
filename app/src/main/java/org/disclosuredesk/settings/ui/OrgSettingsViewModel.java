// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.CreditCode;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;

/** The 机关信息 form: loads the settings, validates in the service, shows problems per field. */
public final class OrgSettingsViewModel {

    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty organName = new SimpleStringProperty("");
    private final StringProperty signatory = new SimpleStringProperty("");
    private final StringProperty requestNumberPrefix = new SimpleStringProperty("依申请");
    private final StringProperty dueSoonWorkingDays = new SimpleStringProperty("5");
    private final StringProperty interpretationWorkingDays = new SimpleStringProperty("3");
    private final StringProperty indexNumberPattern = new SimpleStringProperty("");
    private final StringProperty operatorName = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableMap(new HashMap<>());

    private final org.disclosuredesk.ui.kit.FormChanges changes = new org.disclosuredesk.ui.kit.FormChanges(java.util.List.of(officeName,
            organName, signatory, requestNumberPrefix, dueSoonWorkingDays, interpretationWorkingDays, indexNumberPattern, operatorName, creditCode));
    private java.util.function.Consumer<OrgSettings> onSaved = s -> { };

    private final SettingsService service;
    private final TaskExecutor executor;

    public OrgSettingsViewModel(SettingsService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    public StringProperty officeNameProperty() { return officeName; }
    public StringProperty organNameProperty() { return organName; }
    public StringProperty signatoryProperty() { return signatory; }
    public StringProperty requestNumberPrefixProperty() { return requestNumberPrefix; }
    public StringProperty dueSoonWorkingDaysProperty() { return dueSoonWorkingDays; }
    public StringProperty interpretationWorkingDaysProperty() { return interpretationWorkingDays; }
    public StringProperty indexNumberPatternProperty() { return indexNumberPattern; }
    public StringProperty operatorNameProperty() { return operatorName; }
    public StringProperty creditCodeProperty() { return creditCode; }
    public StringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }

    /** Told of the stored settings after each save: the window's title and sidebar show the office's name. */
    public void setOnSaved(java.util.function.Consumer<OrgSettings> handler) {
        this.onSaved = handler;
    }

    /** True when a field holds typing that is not saved (Esc asks before throwing it away). */
    public boolean hasChanges() {
        return changes.any();
    }

    /** Esc, confirmed: the fields show the stored settings again. */
    public void discardChanges() {
        fieldErrors.clear();
        message.set("");
        load();
    }

    public void load() {
        executor.execute(BackgroundTask.wrap(() -> new Stored(service.find(), service.creditCode().orElse("")))
                .onRunning(() -> busy.set(true))
                .onSuccess(stored -> stored.settings().ifPresent(s -> show(s, stored.creditCode())))
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void save() {
        fieldErrors.clear();
        Map<String, String> problems = new HashMap<>();
        int dueSoon = number(dueSoonWorkingDays.get(), "dueSoonWorkingDays", problems);
        int interpretation = number(interpretationWorkingDays.get(), "interpretationWorkingDays", problems);
        OrgSettings settings = new OrgSettings(officeName.get().trim(), organName.get().trim(), signatory.get().trim(),
                requestNumberPrefix.get().trim(), dueSoon, interpretation, indexNumberPattern.get().trim(), operatorName.get().trim());
        String code = CreditCode.normalised(creditCode.get());
        if (!problems.isEmpty()) {
            // Every field's problem at once, not the numbers first and the empty name on the next save.
            SettingsService.problems(settings, code).forEach(p -> problems.putIfAbsent(p.field(), p.message()));
            fieldErrors.putAll(problems);
            message.set(Texts.get("settings.org.fixFields"));
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> service.save(settings, code))
                .onRunning(() -> busy.set(true))
                .onSuccess(saved -> {
                    creditCode.set(code);
                    message.set(Texts.get("settings.org.saved"));
                    changes.markUnchanged();
                    onSaved.accept(saved);
                })
                .onFailure(this::showFailure)
                .onFinished(() -> busy.set(false)));
    }

    private void showFailure(Throwable e) {
        if (e instanceof ValidationError) {
            ((ValidationError) e).problems().forEach(p -> fieldErrors.put(p.field(), p.message()));
        }
        message.set(UserMessages.of(e));
    }

    private record Stored(java.util.Optional<OrgSettings> settings, String creditCode) {
    }

    private void show(OrgSettings s, String code) {
        creditCode.set(code);
        officeName.set(s.officeName());
        organName.set(nullToEmpty(s.organName()));
        signatory.set(nullToEmpty(s.signatory()));
        requestNumberPrefix.set(s.requestNumberPrefix());
        dueSoonWorkingDays.set(String.valueOf(s.dueSoonWorkingDays()));
        interpretationWorkingDays.set(String.valueOf(s.interpretationWorkingDays()));
        indexNumberPattern.set(nullToEmpty(s.indexNumberPattern()));
        operatorName.set(nullToEmpty(s.operatorName()));
        changes.markUnchanged();
    }

    private static int number(String text, String field, Map<String, String> problems) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.put(field, Texts.get("settings.org.notANumber", text));
            return 0;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
