// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;

/**
 * A plausible county office's ledgers at any scale, for the report benchmark (100,000 requests and
 * 1,000,000 register rows) and for a small demo: requests over the five years up to the report year,
 * register documents over ten, review cases, fees, the yearly form and a work plan. Deterministic: the
 * same sizes give the same data. Only into an empty database, so no office's records are ever mixed in.
 */
public final class ReportSampleLedger {

    private static final String NOW = "2026-01-10T09:00:00";
    private static final int CHUNK = 50_000;
    private static final int[] APPLICANT_WEIGHTS = {72, 15, 2, 2, 5, 4};
    /** One weight per ResultRow, in enum order: most requests are disclosed or the information is not held. */
    private static final int[] RESULT_WEIGHTS = {45, 10, 1, 1, 1, 2, 1, 2, 1, 1, 14, 3, 2, 2, 2, 1, 1, 1, 5, 1, 3};

    private final ReportSampleLedgerRepository repository;
    private final Transactions transactions;

    public ReportSampleLedger(ReportSampleLedgerRepository repository, Transactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    /** Fills the ledgers for the report on {@code year}; the data reads as if entered by 10 January of the next year. */
    public void generate(int year, long requests, long documents, BackgroundTask.Progress progress) {
        if (!transactions.inTransaction(repository::isEmpty)) {
            throw new UserError("示例数据只能填入空数据库（该数据库中已有申请或文件登记）。请用 --db 指定一个新文件。");
        }
        LocalDate cutoff = LocalDate.of(year + 1, 1, 10);
        long total = requests + documents;
        for (long start = 0; start < requests; start += CHUNK) {
            long from = start;
            long to = Math.min(requests, from + CHUNK);
            transactions.inTransaction(() -> repository.insertRequests(from, to, (i, v) -> request(i, year, cutoff, v)));
            progress.update(to, total, "依申请公开台账 " + to + " 件");
        }
        for (long start = 0; start < documents; start += CHUNK) {
            long from = start;
            long to = Math.min(documents, from + CHUNK);
            transactions.inTransaction(() -> repository.insertDocuments(from, to, (i, v) -> document(i, year, cutoff, v)));
            progress.update(requests + to, total, "主动公开台账 " + to + " 条");
        }
        transactions.inTransaction(() -> {
            long reviews = Math.max(6, requests / 400);
            repository.insertReviews(0, reviews, (i, v) -> review(i, year, cutoff, v));
            repository.insertFeeEvents(0, requests, (i, v) -> fee(i, year, cutoff, v));
            for (int y = year - 4; y <= year; y++) {
                SplittableRandom r = new SplittableRandom(y);
                long scale = Math.max(1, documents / 100_000);
                repository.insertStatistics(y, (300 + r.nextInt(200)) * scale, (800 + r.nextInt(400)) * scale,
                        (20 + r.nextInt(20)) * scale, (1_000_000L + r.nextInt(500_000)) * scale, NOW);
            }
            plan(year);
        });
    }

    private static boolean request(long i, int year, LocalDate cutoff, Object[] v) {
        SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 17);
        LocalDate received = LocalDate.of(year - 4 + r.nextInt(5), 1, 1).plusDays(r.nextInt(365));
        LocalDate decided = received.plusDays(1 + r.nextInt(35));
        boolean open = decided.isAfter(cutoff) || r.nextInt(200) == 0;
        ResultRow result = ResultRow.values()[pick(r, RESULT_WEIGHTS)];
        ApplicantKind kind = ApplicantKind.values()[pick(r, APPLICANT_WEIGHTS)];
        v[0] = received.getYear();
        v[1] = i + 1;
        v[2] = "示例依申请〔" + received.getYear() + "〕" + (i + 1) + "号";
        v[3] = kind.code();
        v[4] = kind == ApplicantKind.NATURAL_PERSON ? "申请人" + (i % 9973) : "示例单位" + (i % 997);
        v[5] = RequestChannel.values()[r.nextInt(RequestChannel.values().length)].code();
        v[6] = received.toString();
        v[7] = received.toString();
        v[8] = "申请公开有关政府信息（第" + (i + 1) + "件）";
        v[9] = open ? null : result.code();
        v[10] = open ? null : decided.toString();
        v[11] = received.plusDays(28).toString();
        v[12] = NOW;
        v[13] = NOW;
        return true;
    }

    private static boolean document(long i, int year, LocalDate cutoff, Object[] v) {
        SplittableRandom r = new SplittableRandom(i * 0xBF58476D1CE4E5B9L + 3);
        LocalDate written = LocalDate.of(year - 9 + r.nextInt(10), 1, 1).plusDays(r.nextInt(365));
        LocalDate published = written.plusDays(r.nextInt(20));
        int t = r.nextInt(100);
        String type = t == 0 ? DocType.RULE.code() : t < 9 ? DocType.NORMATIVE_DOCUMENT.code() : DocType.OTHER.code();
        String validity = Validity.IN_FORCE.code();
        LocalDate changed = null;
        int s = r.nextInt(100);
        if (s < 20) {
            changed = written.plusDays(30 + r.nextInt(2000));
            if (changed.isAfter(cutoff)) {
                changed = null;
            } else {
                validity = s < 12 ? Validity.ABOLISHED.code() : s < 15 ? Validity.EXPIRED.code() : Validity.AMENDED.code();
            }
        }
        boolean interpreted = type.equals(DocType.NORMATIVE_DOCUMENT.code()) && r.nextBoolean() && !published.isAfter(cutoff);
        v[0] = "11520000MB1234567X/" + written.getYear() + "-" + (i + 1);
        v[1] = "示政发〔" + written.getYear() + "〕" + (i + 1) + "号";
        v[2] = "关于做好第" + (i + 1) + "项重点工作的通知";
        v[3] = "示例县人民政府";
        v[4] = written.toString();
        v[5] = published.isAfter(cutoff) ? null : published.toString();
        v[6] = r.nextInt(4) == 0 ? "[\"GOVERNMENT_WEBSITE\",\"NEW_MEDIA\"]" : "[\"GOVERNMENT_WEBSITE\"]";
        v[7] = type;
        v[8] = validity;
        v[9] = changed == null ? null : changed.toString();
        v[10] = interpreted ? published.plusDays(r.nextInt(3)).toString() : null;
        v[11] = NOW;
        v[12] = NOW;
        return true;
    }

    private static boolean review(long i, int year, LocalDate cutoff, Object[] v) {
        SplittableRandom r = new SplittableRandom(i * 31 + 5);
        LocalDate filed = LocalDate.of(year - 4 + r.nextInt(5), 1, 1).plusDays(r.nextInt(365));
        LocalDate closed = filed.plusDays(30 + r.nextInt(170));
        boolean pending = closed.isAfter(cutoff);
        int k = r.nextInt(100);
        ReviewKind kind = k < 60 ? ReviewKind.ADMINISTRATIVE_REVIEW : k < 85 ? ReviewKind.LAWSUIT_DIRECT : ReviewKind.LAWSUIT_AFTER_REVIEW;
        int o = r.nextInt(100);
        ReviewResult result = pending ? ReviewResult.PENDING : o < 70 ? ReviewResult.UPHELD : o < 85 ? ReviewResult.CORRECTED : ReviewResult.OTHER;
        v[0] = kind.code();
        v[1] = "（" + filed.getYear() + "）示复字第" + (i + 1) + "号";
        v[2] = filed.toString();
        v[3] = result.code();
        v[4] = pending ? null : closed.toString();
        v[5] = NOW;
        v[6] = NOW;
        return true;
    }

    /** One request in 300 pays a 信息处理费 (国办函〔2020〕109号: only beyond a reasonable quantity). */
    private static boolean fee(long i, int year, LocalDate cutoff, Object[] v) {
        if (i % 300 != 7) {
            return false;
        }
        Object[] req = new Object[14];
        request(i, year, cutoff, req);
        if (req[10] == null) {
            return false;
        }
        v[0] = i + 1;
        v[1] = "FEE_PAID";
        v[2] = req[10];
        v[3] = (1 + i % 20) * 10_000;
        v[4] = NOW;
        return true;
    }

    private void plan(int year) {
        long plan = repository.insertPlan(year, year + "年政务公开工作方案", NOW);
        String[] tasks = {
            "更新政府信息公开指南和主动公开目录", "开展行政规范性文件清理并公开清理结果", "建设政策文件库，集中公开现行有效文件",
            "规范依申请公开答复文书，组织法律顾问审核", "开展政府信息公开业务培训", "做好重大行政决策预公开",
            "推进基层政务公开标准化规范化", "加强政务新媒体管理", "开展政府网站信息内容检查", "完善政策解读与回应关切机制"};
        for (int i = 0; i < tasks.length; i++) {
            repository.insertTask(plan, i + 1, tasks[i], i < 8, year + "-" + String.format("%02d", 3 + i) + "-15");
        }
    }

    private static int pick(SplittableRandom r, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = r.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
