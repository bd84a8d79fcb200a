// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.shared.UnitDirectory;
import org.disclosuredesk.shared.UnitKind;

/**
 * Demo data for plans: a county 政府办's units directory (its 科室 and the county units plans name,
 * with the short names plans use) and that year's 政务公开工作要点, imported from realistic text through
 * the same parser and service a user's plan goes through, then tracked: some tasks done, some under way,
 * progress notes. Running it twice for a year adds nothing the second time.
 */
public final class PlanDemoData {

    /** Name, kind, aliases. */
    private static final List<List<String>> UNITS = List.of(
            List.of("县人民政府办公室", "单位", "县政府办", "县政府办公室", "政府办"),
            List.of("秘书科", "科室", "县政府办秘书科"),
            List.of("政务公开科", "科室", "政务公开办", "县政务公开办公室"),
            List.of("督查室", "科室", "县政府督查室"),
            List.of("综合科", "科室"),
            List.of("县财政局", "单位", "财政局"),
            List.of("县发展和改革局", "单位", "县发改局", "县发展改革局"),
            List.of("县住房和城乡建设局", "单位", "县住建局"),
            List.of("县自然资源局", "单位"),
            List.of("县农业农村局", "单位", "县农业局"),
            List.of("县司法局", "单位"),
            List.of("县政务服务和数据管理局", "单位", "县数据局", "县政务数据局"),
            List.of("县政务服务中心", "单位"),
            List.of("县融媒体中心", "单位"),
            List.of("县委网信办", "其他", "县委网络安全和信息化委员会办公室"));

    private final PlanService plans;
    private final UnitDirectory units;
    private final Clock clock;

    public PlanDemoData(PlanService plans, UnitDirectory units, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    /** The units directory (once) and the demo plan of {@code year} with statuses and progress notes. */
    public void fill(int year) {
        fillUnits();
        PlanDraft draft = plans.readText(planText(year), null);
        if (plans.plans().stream().anyMatch(p -> p.year() == year && p.title().equals(draft.title()))) {
            return;
        }
        long planId = plans.importPlan(draft);
        track(planId, year);
    }

    /** The demo plan's text for a year, as a county office would publish it. */
    public static String planText(int year) {
        try (InputStream in = PlanDemoData.class.getResourceAsStream("demo-plan.txt")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace("{Y1}", String.valueOf(year + 1)).replace("{Y}", String.valueOf(year));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillUnits() {
        for (List<String> u : UNITS) {
            if (units.match(u.get(0)).isEmpty()) {
                units.add(u.get(0), UnitKind.fromLabel(u.get(1)).orElseThrow(), u.subList(2, u.size()));
            }
        }
    }

    /**
     * A past year ends with nearly everything done; the current year is under way: tasks due before
     * today are done but the latest of them (left overdue), later ones are in progress or not started.
     */
    private void track(long planId, int year) {
        LocalDate today = LocalDate.now(clock);
        List<TrackedTask> tasks = PlanTracking.tasksOnly(plans.items(planId));
        // The task due last before today is left unfinished, so the overdue list has something to show.
        TrackedTask late = tasks.stream().filter(t -> t.dueDate() != null && t.dueDate().isBefore(today))
                .max(java.util.Comparator.comparing(TrackedTask::dueDate)).orElse(null);
        for (int i = 0; i < tasks.size(); i++) {
            TrackedTask t = tasks.get(i);
            LocalDate due = t.dueDate() != null ? t.dueDate() : LocalDate.of(year, 12, 31);
            LocalDate started = min(LocalDate.of(year, 3, 20).plusDays(7L * i), today);
            boolean pastYear = LocalDate.of(year, 12, 31).isBefore(today);
            if (started.isBefore(LocalDate.of(year, 1, 1)) || started.isAfter(today)) {
                continue;
            }
            if (pastYear) {
                if (i == 5) {
                    plans.changeStatus(t.id(), TaskStatus.NOT_APPLICABLE, null);
                    continue;
                }
                plans.addProgress(t.id(), started, "已部署落实，明确专人负责。", null);
                plans.changeStatus(t.id(), TaskStatus.DONE, min(due.minusDays(3), today));
            } else if (due.isBefore(today) && t != late) {
                plans.addProgress(t.id(), started, "已召开专题会议部署，正在推进。", null);
                plans.changeStatus(t.id(), TaskStatus.DONE, min(due.minusDays(2), today));
            } else if (i % 3 == 0 || due.isBefore(today)) {
                plans.addProgress(t.id(), started, "已完成前期摸底，正在按计划推进。", null);
                plans.changeStatus(t.id(), TaskStatus.IN_PROGRESS, null);
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
