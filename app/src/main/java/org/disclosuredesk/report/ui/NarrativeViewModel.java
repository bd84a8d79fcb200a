// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The written sections 一, 五, 六 of the selected year: 「生成初稿」 fills them from the data, the user
 * edits, 「保存正文」 stores them (refused for a locked year). Tracks unsaved changes.
 */
public final class NarrativeViewModel {

    private static final Pattern HEADING = Pattern.compile("(?m)^（([一二三四五六七八九十]{1,3})）");
    private static final String NUMERALS = "一二三四五六七八九十";

    private final StringProperty overview = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty otherMatters = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private final ReportService service;
    private final TaskExecutor executor;
    private final Runnable onSaved;
    private Integer year;
    private boolean generated;
    private boolean loading;

    public NarrativeViewModel(ReportService service, TaskExecutor executor, Runnable onSaved) {
        this.service = service;
        this.executor = executor;
        this.onSaved = onSaved;
        overview.addListener((o, a, b) -> changed());
        problems.addListener((o, a, b) -> changed());
        otherMatters.addListener((o, a, b) -> changed());
    }

    public StringProperty overviewProperty() {
        return overview;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty otherMattersProperty() {
        return otherMatters;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Shows the stored text of {@code year}; a locked year's text can be read, not changed. */
    public void load(int year, Narrative stored, boolean locked) {
        this.year = year;
        loading = true;
        overview.set(stored.overview());
        problems.set(stored.problems());
        otherMatters.set(stored.otherMatters());
        loading = false;
        generated = false;
        dirty.set(false);
        editable.set(!locked);
        message.set(locked ? Texts.get("report.narrative.locked", year) : "");
    }

    /** 「生成初稿」: replaces the three sections with a draft written from the year's data (not yet saved). */
    public void generateDraft() {
        if (year == null) {
            return;
        }
        int y = year;
        executor.execute(BackgroundTask.wrap(() -> service.generateDraft(y))
                .onRunning(() -> busy.set(true))
                .onSuccess(n -> {
                    overview.set(n.overview());
                    problems.set(n.problems());
                    otherMatters.set(n.otherMatters());
                    generated = true;
                    message.set(Texts.get("report.narrative.drafted"));
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void save() {
        if (year == null || !dirty.get()) {
            return;
        }
        int y = year;
        Narrative n = new Narrative(overview.get(), problems.get(), otherMatters.get());
        boolean fromDraft = generated;
        executor.executeWrite(BackgroundTask.wrap(() -> service.saveNarrative(y, n, fromDraft))
                .onRunning(() -> busy.set(true))
                .onSuccess(v -> {
                    dirty.set(false);
                    generated = false;
                    message.set(Texts.get("report.narrative.saved"));
                    onSaved.run();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The next second-level heading for text that already has （一）…: 「（三）」 after （一）（二）. */
    public static String nextHeading(String textBefore) {
        Matcher m = HEADING.matcher(textBefore);
        int last = 0;
        while (m.find()) {
            String n = m.group(1);
            last = n.length() == 1 ? NUMERALS.indexOf(n.charAt(0)) + 1 : 10 + (n.length() == 2 ? NUMERALS.indexOf(n.charAt(1)) + 1 : 0);
        }
        int next = last + 1;
        String numeral = next <= 10 ? String.valueOf(NUMERALS.charAt(next - 1)) : "十" + NUMERALS.charAt(next - 11);
        return "（" + numeral + "）";
    }

    private void changed() {
        if (!loading) {
            dirty.set(true);
        }
    }
}
