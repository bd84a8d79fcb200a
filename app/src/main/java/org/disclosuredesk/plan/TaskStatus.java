// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.Arrays;
import java.util.Optional;
import org.disclosuredesk.shared.UserError;

/** Where a task stands; {@code plan_task.status} holds its code (decision 0008). */
public enum TaskStatus {
    NOT_STARTED("未开始"),
    IN_PROGRESS("进行中"),
    DONE("已完成"),
    NOT_APPLICABLE("不适用");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to be done: counts towards overdue and due-soon lists. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    public static TaskStatus ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new UserError("未知的任务状态：" + label + "（应为 未开始、进行中、已完成 或 不适用）"));
    }

    @Override
    public String toString() {
        return label;
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<TaskStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
