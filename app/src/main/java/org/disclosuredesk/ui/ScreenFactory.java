// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.ui.BackupSettingsPane;
import org.disclosuredesk.calendar.ui.CalendarSettingsPane;
import org.disclosuredesk.requests.notices.ui.NoticeTemplatesPane;
import org.disclosuredesk.requests.notices.ui.NoticeTemplatesViewModel;
import org.disclosuredesk.consolidation.ui.CountyScreen;
import org.disclosuredesk.overview.ui.OverviewScreen;
import org.disclosuredesk.plan.ui.PlanScreen;
import org.disclosuredesk.register.ui.RegisterScreen;
import org.disclosuredesk.report.ui.ReportScreen;
import org.disclosuredesk.requests.ui.RequestsScreen;
import org.disclosuredesk.settings.ui.SettingsScreen;
import org.disclosuredesk.shared.TaskExecutor;

/**
 * Builds each main screen on first visit and keeps it, so a screen keeps its filters and scroll. Each
 * screen gets its feature's context from the composition root, never the whole {@link AppContext}.
 */
public final class ScreenFactory {

    private final AppContext context;
    private final TaskExecutor executor;
    private final Map<Navigation, Node> screens = new EnumMap<>(Navigation.class);
    private java.util.function.Consumer<String> onOfficeNameSaved = name -> { };

    public ScreenFactory(AppContext context, TaskExecutor executor) {
        this.context = context;
        this.executor = executor;
    }

    /** The shell's title and sidebar follow the office's name as 设置 saves it. */
    public void setOnOfficeNameSaved(java.util.function.Consumer<String> handler) {
        this.onOfficeNameSaved = handler;
    }

    public Node screen(Navigation entry) {
        return screens.computeIfAbsent(entry, this::create);
    }

    /**
     * Forgets every kept screen but {@code keep}, so each is built afresh from the database on its next
     * visit: after a restore has replaced the data underneath them, their lists and forms are stale.
     */
    public void discardAllExcept(Navigation keep) {
        screens.keySet().removeIf(entry -> entry != keep);
    }

    private Node create(Navigation entry) {
        switch (entry) {
            case OVERVIEW:
                return new OverviewScreen(context.overviewContext(executor));
            case PLAN:
                return new PlanScreen(context.planContext(executor));
            case REGISTER:
                return new RegisterScreen(context.registerContext(executor));
            case REQUESTS:
                return new RequestsScreen(context.requestsContext(executor));
            case REPORT:
                return new ReportScreen(context.reportContext(executor));
            case COUNTY:
                return CountyScreen.of(context.consolidationContext(executor));
            case SETTINGS:
                SettingsScreen settings = new SettingsScreen(context.settingsContext(executor),
                        new CalendarSettingsPane(context.calendarContext(executor)),
                        new NoticeTemplatesPane(new NoticeTemplatesViewModel(context.notices(), executor)),
                        new BackupSettingsPane(context.backupContext(executor)));
                settings.setOnOfficeNameSaved(name -> onOfficeNameSaved.accept(name));
                return settings;
            default:
                throw new IllegalArgumentException(entry.name());
        }
    }
}
