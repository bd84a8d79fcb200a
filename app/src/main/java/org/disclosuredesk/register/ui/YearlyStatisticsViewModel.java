// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.disclosuredesk.register.FeeAmount;
import org.disclosuredesk.register.YearlyStatistics;
import org.disclosuredesk.register.YearlyStatisticsService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;

/** The yearly form for table 二's 行政许可, 行政处罚, 行政强制 and 行政事业性收费 (entered in 万元, kept in 分). */
public final class YearlyStatisticsViewModel {

    private final StringProperty licensing = new SimpleStringProperty("");
    private final StringProperty penalty = new SimpleStringProperty("");
    private final StringProperty coercion = new SimpleStringProperty("");
    private final StringProperty feeWanYuan = new SimpleStringProperty("");
    private final StringProperty sourceNote = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final YearlyStatisticsService service;
    private final TaskExecutor executor;
    private final int year;

    public YearlyStatisticsViewModel(YearlyStatisticsService service, TaskExecutor executor, int year) {
        this.service = service;
        this.executor = executor;
        this.year = year;
    }

    public StringProperty licensingProperty() {
        return licensing;
    }

    public StringProperty penaltyProperty() {
        return penalty;
    }

    public StringProperty coercionProperty() {
        return coercion;
    }

    public StringProperty feeWanYuanProperty() {
        return feeWanYuan;
    }

    public StringProperty sourceNoteProperty() {
        return sourceNote;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public int year() {
        return year;
    }

    public void load() {
        executor.execute(BackgroundTask.wrap(() -> service.forYear(year)).onSuccess(this::show)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    /** Saves; {@code onSaved} runs once the figures are stored. */
    public void save(Runnable onSaved) {
        fieldErrors.clear();
        message.set("");
        int l = count("licensingDecisions", licensing.get());
        int p = count("penaltyDecisions", penalty.get());
        int c = count("coercionDecisions", coercion.get());
        long fee = 0;
        try {
            fee = FeeAmount.fenFromWanYuan(feeWanYuan.get());
        } catch (UserError e) {
            fieldErrors.put("adminFee", e.getMessage());
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        YearlyStatistics s = new YearlyStatistics(year, l, p, c, fee, sourceNote.get(), true);
        executor.executeWrite(BackgroundTask.wrap(() -> service.save(s))
                .onRunning(() -> busy.set(true))
                .onSuccess(saved -> {
                    show(saved);
                    message.set(Texts.get("register.stats.saved"));
                    onSaved.run();
                })
                .onFailure(e -> {
                    if (e instanceof ValidationError) {
                        ((ValidationError) e).problems().forEach(pr -> fieldErrors.put(pr.field(), pr.message()));
                    } else {
                        message.set(UserMessages.of(e));
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    private void show(YearlyStatistics s) {
        licensing.set(String.valueOf(s.licensingDecisions()));
        penalty.set(String.valueOf(s.penaltyDecisions()));
        coercion.set(String.valueOf(s.coercionDecisions()));
        feeWanYuan.set(s.adminFeeWanYuan().toPlainString());
        sourceNote.set(s.sourceNote() == null ? "" : s.sourceNote());
    }

    private int count(String field, String text) {
        String t = org.disclosuredesk.shared.DateInput.toHalfWidth(text == null ? "" : text).replace(",", "").strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(t);
            if (n < 0) {
                fieldErrors.put(field, Texts.get("register.stats.negative"));
            }
            return n;
        } catch (NumberFormatException e) {
            fieldErrors.put(field, Texts.get("register.stats.notANumber", text.strip()));
            return 0;
        }
    }
}
