// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.YearLocks;

/** The small yearly form for the rows of table 二 that no ledger holds. */
public final class YearlyStatisticsService {

    public static final int MAX_NOTE = 1000;

    private final YearlyStatisticsRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final YearLocks yearLocks;
    private final Clock clock;

    public YearlyStatisticsService(YearlyStatisticsRepository repository, Transactions transactions, AuditTrail audit,
            YearLocks yearLocks, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.yearLocks = yearLocks;
        this.clock = clock;
    }

    /** The year's figures, or zeros marked as not entered. */
    public YearlyStatistics forYear(int year) {
        return repository.find(year).orElse(YearlyStatistics.empty(year));
    }

    // [impl->req~register.yearly-statistics~1]
    public YearlyStatistics save(YearlyStatistics s) {
        validate(s);
        String note = s.sourceNote() == null || s.sourceNote().isBlank() ? null : s.sourceNote().strip();
        YearlyStatistics clean = new YearlyStatistics(s.year(), s.licensingDecisions(), s.penaltyDecisions(),
                s.coercionDecisions(), s.adminFeeFen(), note, true);
        transactions.inTransaction(() -> {
            yearLocks.requireOpen(s.year(), "年度统计数据");
            Optional<YearlyStatistics> before = repository.find(s.year());
            repository.save(clean, LocalDateTime.now(clock).withNano(0).toString());
            audit.recordChange("yearly_statistics", (long) s.year(), before.map(Object::toString).orElse(null), clean.toString(),
                    "保存 " + s.year() + " 年度统计（行政许可、行政处罚、行政强制、行政事业性收费）");
        });
        return clean;
    }

    private static void validate(YearlyStatistics s) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (s.year() < 2000 || s.year() > 2100) {
            problems.add(new ValidationError.Problem("year", "年度应在 2000 到 2100 之间。"));
        }
        if (s.licensingDecisions() < 0) {
            problems.add(new ValidationError.Problem("licensingDecisions", "行政许可处理决定数量不能为负数。"));
        }
        if (s.penaltyDecisions() < 0) {
            problems.add(new ValidationError.Problem("penaltyDecisions", "行政处罚处理决定数量不能为负数。"));
        }
        if (s.coercionDecisions() < 0) {
            problems.add(new ValidationError.Problem("coercionDecisions", "行政强制处理决定数量不能为负数。"));
        }
        if (s.adminFeeFen() < 0) {
            problems.add(new ValidationError.Problem("adminFee", "收费金额不能为负数。"));
        }
        if (s.sourceNote() != null && s.sourceNote().length() > MAX_NOTE) {
            problems.add(new ValidationError.Problem("sourceNote", "来源说明过长（超过 " + MAX_NOTE + " 字）。"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }
}
