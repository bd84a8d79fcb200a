// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;

/** The register table's column chooser is kept between sessions, as a setting. */
public final class ColumnChoiceViewModel {

    static final String HIDDEN_COLUMNS_KEY = "register.table.hiddenColumns";

    private final SettingsService settings;
    private final TaskExecutor executor;

    public ColumnChoiceViewModel(SettingsService settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /** Reads the hidden columns off the FX thread; empty when the worker never chose. */
    public void load(Consumer<Optional<Set<String>>> apply) {
        executor.execute(BackgroundTask.wrap(() -> settings.value(HIDDEN_COLUMNS_KEY).orElse(null))
                .onSuccess(v -> apply.accept(v == null ? Optional.empty() : Optional.of(new HashSet<>(Arrays.asList(v.split(",")))))));
    }

    public void save(Set<String> hidden) {
        String value = String.join(",", new ArrayList<>(hidden));
        executor.executeWrite(BackgroundTask.wrap(() -> settings.putValue(HIDDEN_COLUMNS_KEY, value)));
    }
}
