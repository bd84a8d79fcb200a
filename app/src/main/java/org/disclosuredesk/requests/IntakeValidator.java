// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.shared.StoredDateRange;
import org.disclosuredesk.shared.ValidationError;

/** Checks the intake form before anything is stored; one message per field, in Chinese. */
// [impl->req~intake.fields~1]
public final class IntakeValidator {

    private IntakeValidator() {
    }

    public static List<ValidationError.Problem> problems(RequestIntake intake, LocalDate today) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        Applicant a = intake.applicant();
        if (a == null || a.kind() == null) {
            problems.add(new ValidationError.Problem("applicantKind", "请选择申请人类型（自然人或法人或其他组织的类别）。"));
        }
        if (a == null || a.name() == null || a.name().isBlank()) {
            problems.add(new ValidationError.Problem("applicantName", "请填写申请人姓名或名称（第二十九条）。"));
        }
        if (a != null && a.idNumber() != null && !a.idNumber().isBlank()) {
            if (a.idType() == null) {
                problems.add(new ValidationError.Problem("idType", "请选择证件类型。"));
            } else {
                IdNumberValidator.problem(a.idType(), a.idNumber())
                        .ifPresent(m -> problems.add(new ValidationError.Problem("idNumber", m)));
            }
        }
        if (intake.channel() == null) {
            problems.add(new ValidationError.Problem("channel", "请选择申请方式。"));
        }
        if (intake.submittedOn() == null) {
            problems.add(new ValidationError.Problem("submittedOn", "请填写提交日期。"));
        }
        StoredDateRange.check(problems, "submittedOn", "提交日期", intake.submittedOn(), "receivedOn", "收到申请日期", intake.receivedOn());
        if (intake.receivedOn() == null) {
            problems.add(new ValidationError.Problem("receivedOn", "请填写收到申请日期（第三十一条）。"));
        } else if (intake.receivedOn().isAfter(today)) {
            problems.add(new ValidationError.Problem("receivedOn", "收到申请日期（" + intake.receivedOn() + "）不能晚于今天（" + today + "）。"));
        }
        if (intake.channel() != null) {
            ReceiptDate.problem(intake.channel(), intake.submittedOn(), intake.receivedOn())
                    .ifPresent(m -> problems.add(new ValidationError.Problem("receivedOn", m)));
        }
        if (intake.content() == null || intake.content().isBlank()) {
            problems.add(new ValidationError.Problem("content", "请填写申请公开的政府信息（名称、文号或便于查询的其他特征性描述）。"));
        }
        return problems;
    }

    public static void require(RequestIntake intake, LocalDate today) {
        List<ValidationError.Problem> problems = problems(intake, today);
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }
}
